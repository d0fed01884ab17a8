import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'

const root = document.getElementById('root')
if (!root) throw new Error('Unexpected missing `#root`, expected it in index.html')

const start = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )

// The built page holds the seed deck's first slide (scripts/vite-first-paint.ts): when it is on
// screen, let the browser paint it before the app's first render, which replaces it.
const painted = root.querySelector('.lectern-first-paint')
if (painted && getComputedStyle(painted).display !== 'none' && document.visibilityState === 'visible') {
  requestAnimationFrame(() => setTimeout(start))
} else {
  start()
}
