import type { GameWords } from '../game-language.ts'

/**
 * German: the adjective first, with no article, so it takes the strong ending of the animal's gender ("tapferer
 * Fuchs", "tapfere Eule", "tapferes Pferd"). Every animal here is masculine (der Fuchs, der Otter, der Koala) and
 * every adjective has the masculine -er ending, so every pair agrees: "Tapferer Fuchs". Left out: animals that are
 * insults (Esel, Affe, Ochse, Schwein, Hund, Bulle, Geier) and Krebs (also the illness).
 */
export const de: GameWords = {
  adjectiveFirst: true,
  adjectives: [
    'Tapferer', 'Schneller', 'Kluger', 'Fröhlicher', 'Mutiger', 'Starker', 'Flinker', 'Lustiger', 'Sanfter', 'Ruhiger', 'Stolzer', 'Edler',
    'Munterer', 'Heiterer', 'Schlauer', 'Weiser', 'Kühner', 'Treuer', 'Netter', 'Cooler', 'Lieber', 'Witziger', 'Goldener', 'Blauer',
    'Grüner', 'Roter', 'Bunter', 'Großer', 'Kleiner', 'Flotter', 'Fleißiger', 'Pfiffiger', 'Quirliger', 'Eifriger', 'Magischer', 'Mächtiger',
    'Riesiger', 'Winziger', 'Knuffiger', 'Eleganter', 'Prächtiger', 'Sonniger', 'Famoser', 'Wacher',
  ],
  animals: [
    'Fuchs', 'Bär', 'Wolf', 'Löwe', 'Tiger', 'Luchs', 'Adler', 'Falke', 'Otter', 'Biber', 'Dachs', 'Igel', 'Hase', 'Pinguin', 'Delfin',
    'Wal', 'Papagei', 'Pelikan', 'Tukan', 'Kolibri', 'Koala', 'Panda', 'Elefant', 'Leopard', 'Gepard', 'Jaguar', 'Puma', 'Hamster',
    'Seehund', 'Uhu', 'Rabe', 'Specht', 'Spatz', 'Fink', 'Storch', 'Kranich', 'Schwan', 'Reiher', 'Hirsch', 'Elch', 'Steinbock', 'Bison',
    'Lemur', 'Wombat', 'Tapir', 'Narwal', 'Lachs', 'Frosch', 'Molch', 'Gecko', 'Leguan', 'Waschbär', 'Eisbär', 'Strauß', 'Flamingo',
    'Albatros', 'Kondor', 'Habicht', 'Eisvogel', 'Hai', 'Oktopus', 'Seestern', 'Käfer', 'Kakadu', 'Pfau', 'Orca', 'Maulwurf',
  ],
  teams: ['Rote Raketen', 'Blaue Wale', 'Grüne Geckos', 'Goldene Adler', 'Lila Eulen', 'Orange Füchse', 'Meergrüne Schildkröten', 'Rosa Flamingos'],
}
