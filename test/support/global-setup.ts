/** Nothing global yet: each suite builds its own core on its own temporary database. */
export default function setup(): void {}
