/**
 * Friendly generated nicknames (adjective and animal), for games whose players should not type one. The phone
 * draws them; the server only accepts names made of these words, so nobody types anything else.
 */
export const NAME_ADJECTIVES = [
  'Brave', 'Bright', 'Busy', 'Calm', 'Cheery', 'Clever', 'Cosy', 'Curious', 'Daring', 'Dizzy', 'Eager', 'Fancy', 'Fast', 'Fluffy', 'Friendly', 'Funny',
  'Gentle', 'Giant', 'Glad', 'Golden', 'Happy', 'Helpful', 'Jolly', 'Kind', 'Lively', 'Lucky', 'Mighty', 'Merry', 'Neat', 'Nimble', 'Noble', 'Patient',
  'Polite', 'Proud', 'Quick', 'Quiet', 'Rapid', 'Shiny', 'Silly', 'Sleepy', 'Smart', 'Smiley', 'Snappy', 'Sparkly', 'Speedy', 'Steady', 'Sunny', 'Super',
  'Swift', 'Tidy', 'Tiny', 'Witty', 'Wise', 'Zippy', 'Bold', 'Cool', 'Epic', 'Fresh', 'Grand', 'Keen', 'Loyal', 'Magic', 'Royal', 'Wild',
] as const
export const NAME_ANIMALS = [
  'Otter', 'Panda', 'Koala', 'Tiger', 'Lion', 'Zebra', 'Llama', 'Alpaca', 'Badger', 'Beaver', 'Bison', 'Camel', 'Cheetah', 'Dolphin', 'Eagle', 'Falcon',
  'Ferret', 'Gecko', 'Gibbon', 'Giraffe', 'Goose', 'Hamster', 'Hedgehog', 'Heron', 'Hippo', 'Ibis', 'Jaguar', 'Kiwi', 'Lemur', 'Lynx', 'Meerkat', 'Mole',
  'Moose', 'Narwhal', 'Newt', 'Owl', 'Parrot', 'Pelican', 'Penguin', 'Puffin', 'Quokka', 'Rabbit', 'Raccoon', 'Robin', 'Salmon', 'Seal', 'Sloth', 'Squid',
  'Swan', 'Tapir', 'Toucan', 'Turtle', 'Walrus', 'Wombat', 'Yak', 'Fox', 'Bear', 'Wolf', 'Crab', 'Duck', 'Frog', 'Mouse', 'Whale', 'Shark',
] as const

/** How many times a player may ask for another name before joining. */
export const NAME_REROLLS = 2

/** The name for a draw `n` (any non-negative integer; the phone uses a random one). */
export function friendlyName(n: number): string {
  const i = Math.abs(Math.floor(n))
  return `${NAME_ADJECTIVES[i % NAME_ADJECTIVES.length]} ${NAME_ANIMALS[Math.floor(i / NAME_ADJECTIVES.length) % NAME_ANIMALS.length]}`
}

const adjectives = new Set<string>(NAME_ADJECTIVES)
const animals = new Set<string>(NAME_ANIMALS)

/** Whether a nickname is one friendlyName could have drawn. */
export function isFriendlyName(nickname: string): boolean {
  const [adjective, animal, ...rest] = nickname.split(' ')
  return rest.length === 0 && adjectives.has(adjective ?? '') && animals.has(animal ?? '')
}
