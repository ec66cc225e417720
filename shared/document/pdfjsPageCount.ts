/**
 * pdfjs 5.4 keeps "how many pages the document has" in one PagesMapper shared by every document of a thread, and
 * getPage refuses a page beyond it ("Invalid page request."). With two documents open at once (two imports in one
 * worker, or the reader's cached originals), the document opened last sets the count for all of them, so a longer
 * document's later pages fail as if the file were damaged. Each getPage sets the count to its own document's first;
 * the check runs synchronously inside getPage, so nothing can come in between.
 */
export function withOwnPageCount<D extends { readonly numPages: number; getPage(pageNumber: number): Promise<unknown> }>(
  doc: D,
  mapper: { pagesNumber: number },
): D {
  const getPage = doc.getPage.bind(doc);
  doc.getPage = ((pageNumber: number) => {
    mapper.pagesNumber = doc.numPages;
    return getPage(pageNumber);
  }) as D['getPage'];
  return doc;
}
