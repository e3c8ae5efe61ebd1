import type { GameWords } from '../game-language.ts'

/**
 * Portuguese (Brazil): the adjective after the animal ("Lontra Valente"). Every adjective has one form for both
 * genders (valente, veloz, azul...), so it agrees with a female animal (a lontra) and a male one (o lobo) alike. Left
 * out: animals that are insults or slang in Brazil (veado, burro, vaca, galinha, piranha, baleia, foca, anta, rola,
 * pomba, pica-pau, preguiça, cavalo, pato, mico, perua).
 */
export const ptBR: GameWords = {
  adjectiveFirst: false,
  adjectives: [
    'Valente', 'Veloz', 'Feliz', 'Gentil', 'Alegre', 'Brilhante', 'Genial', 'Ágil', 'Forte', 'Leal', 'Nobre', 'Paciente', 'Audaz', 'Tenaz',
    'Sagaz', 'Cordial', 'Elegante', 'Gigante', 'Sorridente', 'Radiante', 'Incrível', 'Amável', 'Adorável', 'Especial', 'Doce', 'Livre',
    'Cortês', 'Imparável', 'Excelente', 'Prudente', 'Estelar', 'Vibrante', 'Fiel', 'Legal', 'Notável', 'Invencível', 'Formidável', 'Incansável',
    'Azul', 'Verde', 'Celeste', 'Turquesa',
  ],
  animals: [
    'Lontra', 'Panda', 'Coala', 'Tigre', 'Leão', 'Zebra', 'Lhama', 'Alpaca', 'Castor', 'Bisão', 'Guepardo', 'Golfinho', 'Águia', 'Falcão',
    'Girafa', 'Ouriço', 'Garça', 'Onça', 'Lince', 'Suricato', 'Coruja', 'Papagaio', 'Pinguim', 'Guaxinim', 'Cisne', 'Tucano', 'Tartaruga',
    'Urso', 'Lobo', 'Raposa', 'Canguru', 'Esquilo', 'Gazela', 'Flamingo', 'Puma', 'Gaivota', 'Leopardo', 'Elefante', 'Hamster', 'Cervo',
    'Pelicano', 'Narval', 'Alce', 'Condor', 'Iguana', 'Camaleão', 'Gato', 'Tubarão', 'Arara', 'Capivara', 'Tamanduá', 'Tatu', 'Quati',
    'Jabuti', 'Sabiá', 'Jacaré', 'Periquito',
  ],
  teams: ['Foguetes Vermelhos', 'Baleias Azuis', 'Lagartixas Verdes', 'Águias Douradas', 'Corujas Roxas', 'Raposas Laranja', 'Tartarugas Turquesa', 'Flamingos Rosa'],
}
