import { useEffect, useState } from 'preact/hooks'
import QRCode from 'qrcode'

/**
 * A colour from styles.css's :root, for a library that takes hex colours rather than CSS; `fallback` (the current
 * value) when the variable is missing or is not written as hex.
 */
function rootColour(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim()
  return /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value) ? value : fallback
}

/** A QR code of `text`, drawn as an image with the text as its description. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    QRCode.toDataURL(text, { margin: 1, width: 480, errorCorrectionLevel: 'M', color: { dark: rootColour('--card-ink', '#1b1035'), light: rootColour('--card', '#ffffff') } })
      .then((url) => live && setSrc(url))
      .catch(() => live && setSrc(null))
    return () => {
      live = false
    }
  }, [text])
  return <div class="qr">{src ? <img src={src} alt={label} width={480} height={480} /> : <div class="qr-placeholder" aria-hidden="true" />}</div>
}
