import type { GameWords } from '../game-language.ts'

/**
 * French: the adjective after the animal ("Loutre Agile"). Every adjective ends in -e in the masculine too (agile,
 * calme, rapide, magique...), or is a colour that does not change (orange, turquoise), so it agrees with a female
 * animal (la loutre) and a male one (le renard) alike. Left out: animals that are insults or slang (âne, cochon,
 * vache, dinde, buse, grue, morue, moule, thon, blaireau, bécasse, chatte, raton) and phoque, which an English
 * profanity filter would read as a swear word.
 */
export const fr: GameWords = {
  adjectiveFirst: false,
  adjectives: [
    'Agile', 'Aimable', 'Brave', 'Calme', 'Rapide', 'Habile', 'Sage', 'Fidèle', 'Tranquille', 'Magique', 'Formidable', 'Héroïque', 'Énergique',
    'Dynamique', 'Sympa', 'Célèbre', 'Superbe', 'Splendide', 'Solide', 'Intrépide', 'Agréable', 'Adorable', 'Admirable', 'Honnête', 'Modeste',
    'Noble', 'Pacifique', 'Unique', 'Comique', 'Serviable', 'Sociable', 'Tendre', 'Libre', 'Sincère', 'Magnifique', 'Drôle', 'Souple',
    'Légendaire', 'Rose', 'Jaune', 'Orange', 'Mauve', 'Turquoise', 'Rouge',
  ],
  animals: [
    'Loutre', 'Panda', 'Koala', 'Tigre', 'Lion', 'Zèbre', 'Lama', 'Alpaga', 'Castor', 'Bison', 'Guépard', 'Dauphin', 'Aigle', 'Faucon',
    'Furet', 'Gecko', 'Girafe', 'Hérisson', 'Héron', 'Jaguar', 'Kiwi', 'Lémurien', 'Lynx', 'Suricate', 'Élan', 'Narval', 'Hibou', 'Perroquet',
    'Pélican', 'Pingouin', 'Macareux', 'Lapin', 'Saumon', 'Cygne', 'Tapir', 'Toucan', 'Tortue', 'Morse', 'Wombat', 'Renard', 'Ours', 'Loup',
    'Canard', 'Souris', 'Requin', 'Colibri', 'Kangourou', 'Écureuil', 'Gazelle', 'Flamant', 'Puma', 'Mouette', 'Léopard', 'Éléphant',
    'Hamster', 'Lièvre', 'Cerf', 'Poney', 'Condor', 'Iguane', 'Caméléon', 'Moineau', 'Rossignol', 'Mésange', 'Paon', 'Otarie', 'Chamois',
    'Marmotte',
  ],
  teams: ['Fusées Rouges', 'Baleines Bleues', 'Geckos Verts', 'Aigles Dorés', 'Hiboux Violets', 'Renards Orange', 'Tortues Turquoise', 'Flamants Roses'],
}
