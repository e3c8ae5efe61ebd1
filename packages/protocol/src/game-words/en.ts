import type { GameWords } from '../game-language.ts'

/** English: adjective first; English adjectives do not agree, so any pair reads right. */
export const en: GameWords = {
  adjectiveFirst: true,
  adjectives: [
    'Brave', 'Bright', 'Busy', 'Calm', 'Cheery', 'Clever', 'Cosy', 'Curious', 'Daring', 'Dizzy', 'Eager', 'Fancy', 'Fast', 'Fluffy', 'Friendly', 'Funny',
    'Gentle', 'Giant', 'Glad', 'Golden', 'Happy', 'Helpful', 'Jolly', 'Kind', 'Lively', 'Lucky', 'Mighty', 'Merry', 'Neat', 'Nimble', 'Noble', 'Patient',
    'Polite', 'Proud', 'Quick', 'Quiet', 'Rapid', 'Shiny', 'Silly', 'Sleepy', 'Smart', 'Smiley', 'Snappy', 'Sparkly', 'Speedy', 'Steady', 'Sunny', 'Super',
    'Swift', 'Tidy', 'Tiny', 'Witty', 'Wise', 'Zippy', 'Bold', 'Cool', 'Epic', 'Fresh', 'Grand', 'Keen', 'Loyal', 'Magic', 'Royal', 'Wild',
  ],
  animals: [
    'Otter', 'Panda', 'Koala', 'Tiger', 'Lion', 'Zebra', 'Llama', 'Alpaca', 'Badger', 'Beaver', 'Bison', 'Camel', 'Cheetah', 'Dolphin', 'Eagle', 'Falcon',
    'Ferret', 'Gecko', 'Gibbon', 'Giraffe', 'Goose', 'Hamster', 'Hedgehog', 'Heron', 'Hippo', 'Ibis', 'Jaguar', 'Kiwi', 'Lemur', 'Lynx', 'Meerkat', 'Mole',
    'Moose', 'Narwhal', 'Newt', 'Owl', 'Parrot', 'Pelican', 'Penguin', 'Puffin', 'Quokka', 'Rabbit', 'Raccoon', 'Robin', 'Salmon', 'Seal', 'Sloth', 'Squid',
    'Swan', 'Tapir', 'Toucan', 'Turtle', 'Walrus', 'Wombat', 'Yak', 'Fox', 'Bear', 'Wolf', 'Crab', 'Duck', 'Frog', 'Mouse', 'Whale', 'Shark',
  ],
  teams: ['Red Rockets', 'Blue Whales', 'Green Geckos', 'Gold Eagles', 'Purple Owls', 'Orange Foxes', 'Teal Turtles', 'Pink Flamingos'],
}
