import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type Fontkit from '@pdf-lib/fontkit';
import { fault } from '../../shared/api/errors';

/**
 * The five faces a GB/T 9704 document needs (DOMAIN §7). `docxName` is the family name written into DOCX files: the
 * official name, so a government machine that has the official fonts shows them even when this PDF used a fallback.
 */
export const FONT_ROLES = {
  title: { official: '方正小标宋简体', docxName: '方正小标宋简体', files: ['FZXBSJW.TTF', 'FZXBSK.TTF', '方正小标宋简体.ttf', '方正小标宋_GBK.ttf'], fallback: 'FandolSong-Bold.otf' },
  fang: { official: '仿宋_GB2312', docxName: '仿宋_GB2312', files: ['FS_GB2312.ttf', 'SIMFANG.TTF', '仿宋_GB2312.ttf', 'simfang.ttf'], fallback: 'FandolFang-Regular.otf' },
  hei: { official: '黑体', docxName: '黑体', files: ['SIMHEI.TTF', 'simhei.ttf', '黑体.ttf'], fallback: 'FandolHei-Regular.otf' },
  kai: { official: '楷体_GB2312', docxName: '楷体_GB2312', files: ['KAI_GB2312.ttf', 'SIMKAI.TTF', '楷体_GB2312.ttf', 'simkai.ttf'], fallback: 'FandolKai-Regular.otf' },
  song: { official: '宋体', docxName: '宋体', files: ['SIMSUN.TTF', 'simsun.ttf', '宋体.ttf'], fallback: 'FandolSong-Regular.otf' },
} as const;
export type FontRole = keyof typeof FONT_ROLES;
export const ROLES = Object.keys(FONT_ROLES) as FontRole[];

interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { advanceWidth: number };
}

export interface ResolvedFont {
  role: FontRole;
  file: string;
  data: Buffer;
  /** true when the official font was found on this machine. */
  official: boolean;
  /** Font ascent − descent in em: pdfmake's line height is this × size. */
  emHeight: number;
  ascentEm: number;
  hasGlyph(cp: number): boolean;
  /** Advance width of a character in em (1 for CJK, about 0.5 for Latin). */
  advance(cp: number): number;
}

export interface FontSet {
  fonts: Record<FontRole, ResolvedFont>;
  /** Roles for which the bundled open-licensed font stood in for the official one. */
  fallbackRoles: FontRole[];
  /** Chinese note for the output when a fallback was used, else ''. */
  fallbackNote: string;
}

/** The folders where an installed font may live, on Windows, macOS and Linux; REVIEW_DESK_FONT_DIRS replaces them. */
export function systemFontDirs(): string[] {
  if (process.env.REVIEW_DESK_FONT_DIRS !== undefined) return process.env.REVIEW_DESK_FONT_DIRS.split(path.delimiter).filter(Boolean);
  const home = os.homedir();
  return [
    path.join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts'),
    process.env.LOCALAPPDATA ? path.join(process.env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts') : '',
    '/Library/Fonts', path.join(home, 'Library', 'Fonts'),
    '/usr/share/fonts', '/usr/local/share/fonts', path.join(home, '.fonts'), path.join(home, '.local', 'share', 'fonts'),
  ].filter(Boolean);
}

/** Index of file names (lower-cased) to paths under the font folders, two levels deep: cheap, no font is parsed. */
function indexFontFiles(dirs: string[]): Map<string, string> {
  const idx = new Map<string, string>();
  const walk = (dir: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && depth < 3) walk(p, depth + 1);
      else if (e.isFile() && !idx.has(e.name.toLowerCase())) idx.set(e.name.toLowerCase(), p);
    }
  };
  for (const d of dirs) walk(d, 0);
  return idx;
}

const cache = new Map<string, FontSet>();
// Required on first use (loadFonts is synchronous): fontkit costs a CLI or host start a quarter second of CPU.
let fontkitModule: typeof Fontkit | undefined;
const fontkit = () => (fontkitModule ??= createRequire(import.meta.url)('@pdf-lib/fontkit') as typeof Fontkit);

function load(role: FontRole, file: string, official: boolean): ResolvedFont {
  const data = fs.readFileSync(file);
  const f = fontkit().create(data) as unknown as FontkitFont;
  const glyphs = new Map<number, boolean>();
  const advances = new Map<number, number>();
  return {
    role,
    file,
    data,
    official,
    emHeight: (f.ascent - f.descent) / f.unitsPerEm,
    ascentEm: f.ascent / f.unitsPerEm,
    hasGlyph(cp) {
      let v = glyphs.get(cp);
      if (v === undefined) glyphs.set(cp, (v = f.hasGlyphForCodePoint(cp)));
      return v;
    },
    advance(cp) {
      let v = advances.get(cp);
      if (v === undefined) advances.set(cp, (v = f.glyphForCodePoint(cp).advanceWidth / f.unitsPerEm));
      return v;
    },
  };
}

/**
 * The official fonts where installed, else the bundled Fandol fonts in templates/fonts/fandol (GPL with font
 * exception; see the licence there). Resolved once per templates folder.
 */
export function loadFonts(templatesDir: string, opts: { fontDirs?: string[] } = {}): FontSet {
  const key = `${templatesDir}|${(opts.fontDirs ?? systemFontDirs()).join(path.delimiter)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const idx = indexFontFiles(opts.fontDirs ?? systemFontDirs());
  const fonts = {} as Record<FontRole, ResolvedFont>;
  const fallbackRoles: FontRole[] = [];
  for (const role of ROLES) {
    const spec = FONT_ROLES[role];
    const found = spec.files.map((n) => idx.get(n.toLowerCase())).find(Boolean);
    let font: ResolvedFont | undefined;
    if (found) {
      try {
        font = load(role, found, true);
      } catch {
        font = undefined; // an unreadable or unsupported official file: use the bundled one
      }
    }
    if (!font) {
      const file = path.join(templatesDir, 'fonts', 'fandol', spec.fallback);
      if (!fs.existsSync(file)) throw fault('MEMO_FONT_MISSING', `找不到排版字体：本机未安装“${spec.official}”，程序自带的替代字体 ${spec.fallback} 也缺失。请重新安装评审台。`);
      font = load(role, file, false);
      fallbackRoles.push(role);
    }
    fonts[role] = font;
  }
  const fallbackNote = fallbackRoles.length
    ? `注：本机未安装${fallbackRoles.map((r) => FONT_ROLES[r].official).join('、')}，本文件以开源 Fandol 字体替代排版。`
    : '';
  const set = { fonts, fallbackRoles, fallbackNote };
  cache.set(key, set);
  return set;
}

/**
 * Splits `text` into pieces each printable in one font: `role` where it has the glyph, else the first other font that
 * does. A character no font has is an error naming it — never a box on paper.
 */
export function splitByGlyphs(set: FontSet, role: FontRole, text: string): { text: string; role: FontRole }[] {
  const out: { text: string; role: FontRole }[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let r: FontRole | undefined = role;
    if (cp > 0x20 && !/\s/.test(ch) && !set.fonts[role].hasGlyph(cp)) {
      r = ROLES.find((x) => set.fonts[x].hasGlyph(cp));
      if (!r) {
        throw fault('MEMO_GLYPH_MISSING', `字符“${ch}”（U+${cp.toString(16).toUpperCase().padStart(4, '0')}）在所有可用字体中都没有字形，无法排版。请改用常用字或同义表述后重新生成；内容未作改动。`);
      }
    }
    const last = out[out.length - 1];
    if (last && last.role === r) last.text += ch;
    else out.push({ text: ch, role: r });
  }
  return out;
}
