import type { GameWords } from '../game-language.ts'

/**
 * Spanish: the adjective after the animal ("Nutria Valiente"). Every adjective has one form for both genders
 * (valiente, veloz, azul...), so it agrees with a female animal (la nutria) and a male one (el lobo) alike. Left out:
 * animals that are insults or slang for people (burro, cerdo, vaca, foca, ballena, rata, zorra, perro, gallina,
 * conejo, pulpo, loro, camello).
 */
export const es: GameWords = {
  adjectiveFirst: false,
  adjectives: [
    'Valiente', 'Veloz', 'Feliz', 'Amable', 'Alegre', 'Brillante', 'Genial', 'Ágil', 'Fuerte', 'Leal', 'Noble', 'Paciente', 'Audaz', 'Tenaz',
    'Sagaz', 'Cordial', 'Jovial', 'Elegante', 'Gigante', 'Sonriente', 'Radiante', 'Increíble', 'Amigable', 'Adorable', 'Especial', 'Dulce',
    'Libre', 'Fiel', 'Gentil', 'Imparable', 'Excelente', 'Prudente', 'Estelar', 'Fugaz', 'Vivaz', 'Formidable', 'Invencible', 'Fenomenal',
    'Azul', 'Verde', 'Celeste', 'Turquesa',
  ],
  animals: [
    'Nutria', 'Panda', 'Koala', 'Tigre', 'León', 'Cebra', 'Llama', 'Alpaca', 'Castor', 'Bisonte', 'Guepardo', 'Delfín', 'Águila', 'Halcón',
    'Jirafa', 'Erizo', 'Garza', 'Jaguar', 'Lince', 'Suricata', 'Búho', 'Pingüino', 'Mapache', 'Cisne', 'Tucán', 'Tortuga', 'Oso', 'Lobo',
    'Zorro', 'Colibrí', 'Canguro', 'Ardilla', 'Gacela', 'Flamenco', 'Puma', 'Leopardo', 'Elefante', 'Hámster', 'Ciervo', 'Pelícano', 'Narval',
    'Alce', 'Cóndor', 'Iguana', 'Camaleón', 'Petirrojo', 'Tiburón', 'Cangrejo', 'Gato', 'Pato', 'Rana',
  ],
  teams: ['Cohetes Rojos', 'Ballenas Azules', 'Gecos Verdes', 'Águilas Doradas', 'Búhos Morados', 'Zorros Naranjas', 'Tortugas Turquesa', 'Flamencos Rosados'],
}
