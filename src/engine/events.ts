// A tiny typed event bus: the engine announces changes; state/ turns them into UI updates.

export type Listener<T> = (event: T) => void;

/** Synchronous fan-out to subscribers; a throwing listener cannot break the engine. */
export class Emitter<T> {
  #listeners = new Set<Listener<T>>();

  on(listener: Listener<T>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(event: T): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('engine listener failed', error);
      }
    }
  }
}
