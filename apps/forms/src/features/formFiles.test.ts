import { describe, expect, it } from 'vitest';
import { formFileReader, formFileServices } from './formFiles.ts';

describe('formFileServices', () => {
  it("sends the file with the form's unit and keeps the reference without the url", async () => {
    const sent: FormData[] = [];
    const services = formFileServices(
      () => 'unit-1',
      async (form) => {
        sent.push(form);
        return {
          id: 'f1',
          name: 'a.png',
          size: 3,
          contentType: 'image/png',
          url: '/api/forms/files/f1',
        } as never;
      },
    );
    const file = new File([new Uint8Array(3)], 'a.png', { type: 'image/png' });
    expect(await services.upload!(file)).toEqual({
      id: 'f1',
      name: 'a.png',
      size: 3,
      contentType: 'image/png',
    });
    expect(sent[0]!.get('orgNodeId')).toBe('unit-1');
    expect((sent[0]!.get('file') as File).name).toBe('a.png');
  });

  it('reads a stored file through the file route, and uploads nothing', () => {
    expect(formFileReader.urlOf({ id: 'f1', name: 'a', size: 1, contentType: 'image/png' })).toBe(
      '/api/forms/files/f1',
    );
    expect(formFileReader.upload).toBeUndefined();
  });
});
