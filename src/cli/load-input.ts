/** Reads an article for the CLI: HTML goes through the same extraction as the extension (linkedom + Readability). */
import { parseHTML } from "linkedom";
import { extractArticle, type ExtractedArticle, type ExtractionFailure } from "../page/extract-article.ts";

/** Extracts the article of an HTML string, as the content script does on a live page. */
export function extractFromHtml(html: string, url?: string): ExtractedArticle | ExtractionFailure {
  const { document } = parseHTML(html);
  return extractArticle(document as unknown as Document, url);
}

/** True when a file name or content looks like HTML. */
export function looksLikeHtml(name: string, content: string): boolean {
  if (/\.x?html?$/i.test(name)) return true;
  if (/\.txt$/i.test(name)) return false;
  return /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(content);
}
