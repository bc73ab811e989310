export type DemoState = 'data' | 'loading' | 'empty' | 'error';
