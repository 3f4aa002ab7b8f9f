// A small photo the run scripts upload: a 96×64 PNG (orange and navy squares), kept as base64 so
// the examples need no image file and no canvas to make one.
export const SAMPLE_PHOTO_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAGAAAABACAIAAABqVuVZAAAAeklEQVR42u3RAQkAIBRDwXUxgA3saVqtsQ8HL8C45d1UtfapKoAAAQIECBAgQIAAAQIECBAgQIAAAQIECBAgQIAAAQIECBAgQIAADQZqG9R2GCBAgAABAgQIECBAgAABAgQIECBAgAABAgQIECBAgAABAgQIECBAg4E+wRPheLIZIuYAAAAASUVORK5CYII=';

/** The sample photo's bytes. */
export const samplePhoto = (): Uint8Array => Uint8Array.from(atob(SAMPLE_PHOTO_BASE64), (c) => c.charCodeAt(0));
