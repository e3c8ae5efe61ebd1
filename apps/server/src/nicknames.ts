import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity'

/** Catches the usual words and their disguises (l33t, spacing, repeated letters); a host can turn it off. */
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers })

export function isOffensive(nickname: string): boolean {
  return matcher.hasMatch(nickname)
}
