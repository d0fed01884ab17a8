import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'

const root = document.getElementById('root')
if (!root) throw new Error('Unexpected missing `#root`, expected it in index.html')

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
