/** A file a service generated (an .xlsx export), as it travels through tRPC: its name and its bytes in base64. */
export interface GeneratedFile {
  fileName: string;
  base64: string;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The bytes of a base64 string. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Saves a generated file with the browser's download, under the name the service chose. */
export function saveGeneratedFile(file: GeneratedFile, type = XLSX_TYPE): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.base64)], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next tick: the click has handed the blob to the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
