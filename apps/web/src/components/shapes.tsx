/**
 * Answer options are told apart by shape and colour as well as by text (colour alone fails colour-blind players).
 * Option i of a question always has shape i, on the projector and on the phone. Their names are in the catalogue
 * (`shapes.<name>`: "Red triangle").
 */
export const SHAPES = [
  { name: 'triangle', colour: 'red' },
  { name: 'diamond', colour: 'blue' },
  { name: 'circle', colour: 'yellow' },
  { name: 'square', colour: 'green' },
  { name: 'star', colour: 'purple' },
  { name: 'hexagon', colour: 'teal' },
] as const

export type ShapeName = (typeof SHAPES)[number]['name']

export const shapeOf = (index: number) => SHAPES[index % SHAPES.length]!

const PATHS: Record<ShapeName, preact.JSX.Element> = {
  triangle: <polygon points="12,2.5 22.5,21 1.5,21" />,
  diamond: <polygon points="12,1.5 22.5,12 12,22.5 1.5,12" />,
  circle: <circle cx="12" cy="12" r="10.5" />,
  square: <rect x="2.5" y="2.5" width="19" height="19" />,
  star: <polygon points="12,1.5 15,8.8 22.8,9.3 16.8,14.3 18.7,22 12,17.8 5.3,22 7.2,14.3 1.2,9.3 9,8.8" />,
  hexagon: <polygon points="6,2 18,2 23.5,12 18,22 6,22 0.5,12" />,
}

/** The shape drawn in white; decorative, since the button around it carries the name. */
export function Shape({ index, class: className = '' }: { index: number; class?: string }) {
  return (
    <svg class={`shape ${className}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {PATHS[shapeOf(index).name]}
    </svg>
  )
}
