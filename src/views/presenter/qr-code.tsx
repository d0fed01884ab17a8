/** A QR code as SVG squares (uqr), loaded with the share panel only. */
import { encode } from 'uqr'

/** Props of {@link QrCode}. */
export interface QrCodeProps {
  /** What the code holds: a link. */
  text: string
  /** Its accessible name. */
  label: string
}

/** The code, black on white with a quiet zone, as large as its box. */
export default function QrCode({ text, label }: QrCodeProps) {
  const { size, data } = encode(text, { ecc: 'M', border: 2 })
  const cells: string[] = []
  data.forEach((row, y) => row.forEach((dark, x) => dark && cells.push(`M${x} ${y}h1v1h-1z`)))
  return (
    <svg
      className="lectern-qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={cells.join('')} fill="#000" />
    </svg>
  )
}
