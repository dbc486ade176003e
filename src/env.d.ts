declare namespace App {
  interface Locals {
    /** Set by the notice page for the MDX body components (src/lib/notice-context.ts). */
    notice?: import('./lib/notice-context.ts').NoticeContext;
  }
}
