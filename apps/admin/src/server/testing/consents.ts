let n = 0;

/** A fresh lower-case UUIDv7-shaped record id per call, unique within a test process. */
export function testRecordId(): string {
  n++;
  const hex = (Date.now().toString(16).padStart(12, '0') + n.toString(16).padStart(20, '0')).slice(
    0,
    32,
  );
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}
