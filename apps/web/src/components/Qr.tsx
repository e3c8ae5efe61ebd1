import { useEffect, useState } from 'preact/hooks'
import QRCode from 'qrcode'

/** A QR code of `text`, drawn as an image with the text as its description. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    QRCode.toDataURL(text, { margin: 1, width: 480, errorCorrectionLevel: 'M', color: { dark: '#1b1035', light: '#ffffff' } })
      .then((url) => live && setSrc(url))
      .catch(() => live && setSrc(null))
    return () => {
      live = false
    }
  }, [text])
  return <div class="qr">{src ? <img src={src} alt={label} width={480} height={480} /> : <div class="qr-placeholder" aria-hidden="true" />}</div>
}
