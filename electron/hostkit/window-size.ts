/**
 * The window both hosts open: the size the layout is designed for, and never smaller than the smallest size
 * the layout is tested at (the e2e screenshots and overflow check run at 1024×640 and 1280×800).
 */
export const WINDOW_SIZE = { width: 1280, height: 800, minWidth: 1024, minHeight: 640 } as const;
