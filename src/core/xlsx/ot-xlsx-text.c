/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-xlsx-text.c: the small languages inside an XLSX file: cell references, part names, rich text, number formats and dates. */
#define G_LOG_DOMAIN "ot-xlsx"
#include "config.h"

#include <math.h>
#include <string.h>

#include "ot-xlsx-private.h"

/* ---- A1 references ---- */

void
ot_xlsx_format_ref (guint32 row,
                    guint32 col,
                    char    buf[OT_XLSX_REF_SIZE])
{
  char letters[8];
  int n = 0;
  guint32 c = col + 1;

  while (c > 0 && n < (int) sizeof letters)
    {
      letters[n++] = (char) ('A' + (c - 1) % 26);
      c = (c - 1) / 26;
    }
  for (int i = 0; i < n; i++)
    buf[i] = letters[n - 1 - i];
  g_snprintf (buf + n, OT_XLSX_REF_SIZE - n, "%" G_GUINT32_FORMAT, row + 1);
}

char *
ot_xlsx_cell_dup_ref (const OtXlsxCell *cell)
{
  char buf[OT_XLSX_REF_SIZE];

  g_return_val_if_fail (cell != NULL, NULL);
  ot_xlsx_format_ref (cell->row, cell->col, buf);
  return g_strdup (buf);
}

/* Parses the reference at @p, moving @p past it; TRUE only for a complete cell reference. */
static gboolean
scan_ref (const char **p,
          guint32     *row,
          guint32     *col)
{
  const char *s = *p;
  guint64 c = 0, r = 0;
  int letters = 0, digits = 0;

  if (*s == '$')
    s++;
  for (; g_ascii_isalpha (*s) && letters < 4; s++, letters++)
    c = c * 26 + (guint64) (g_ascii_toupper (*s) - 'A' + 1);
  if (*s == '$')
    s++;
  for (; g_ascii_isdigit (*s) && digits < 8; s++, digits++)
    r = r * 10 + (guint64) (*s - '0');
  if (letters == 0 || digits == 0 || c > OT_XLSX_MAX_COLS || r == 0 || r > OT_XLSX_MAX_ROWS)
    return FALSE;
  *row = (guint32) (r - 1);
  *col = (guint32) (c - 1);
  *p = s;
  return TRUE;
}

gboolean
ot_xlsx_parse_ref (const char *ref,
                   guint32    *row,
                   guint32    *col)
{
  guint32 r, c;

  g_return_val_if_fail (ref != NULL, FALSE);
  if (!scan_ref (&ref, &r, &c) || *ref != '\0')
    return FALSE;
  if (row != NULL)
    *row = r;
  if (col != NULL)
    *col = c;
  return TRUE;
}

/* 'Sheet 1'!$B$4, Sheet1!$B$4:$C$9 or 'It''s'!A1. Formulas, unions and #REF! are not
 * single places, and are refused. */
gboolean
ot_xlsx_parse_sheet_ref (const char  *ref,
                         char       **sheet_name,
                         guint32     *row,
                         guint32     *col)
{
  g_autoptr(GString) sheet = NULL;
  const char *p = ref;
  guint32 r2, c2;

  g_return_val_if_fail (ref != NULL && sheet_name != NULL, FALSE);
  g_return_val_if_fail (row != NULL && col != NULL, FALSE);

  sheet = g_string_new (NULL);

  if (*p == '=')
    p++;
  if (*p == '\'')
    {
      for (p++; *p != '\0'; p++)
        {
          if (*p == '\'' && p[1] == '\'')
            p++;
          else if (*p == '\'')
            break;
          g_string_append_c (sheet, *p);
        }
      if (*p != '\'')
        return FALSE;
      p++;
    }
  else
    {
      for (; *p != '\0' && *p != '!'; p++)
        g_string_append_c (sheet, *p);
    }
  if (*p != '!' || sheet->len == 0)
    return FALSE;
  p++;
  if (!scan_ref (&p, row, col))
    return FALSE;
  if (*p == ':' && (p++, !scan_ref (&p, &r2, &c2)))
    return FALSE;
  if (*p != '\0')
    return FALSE;
  *sheet_name = g_string_free (g_steal_pointer (&sheet), FALSE);
  return TRUE;
}

/* ---- part names ---- */

char *
ot_xlsx_resolve_target (const char *source_part,
                        const char *target)
{
  g_autofree char *unescaped = NULL;
  g_autofree char *joined = NULL;
  g_auto(GStrv) segments = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new ();

  if (target == NULL || *target == '\0')
    return NULL;
  unescaped = strchr (target, '%') != NULL ? g_uri_unescape_string (target, NULL) : g_strdup (target);
  if (unescaped == NULL)
    return NULL;
  g_strdelimit (unescaped, "\\", '/');

  if (unescaped[0] == '/')
    joined = g_strdup (unescaped + 1);
  else
    {
      const char *slash = strrchr (source_part, '/');
      g_autofree char *dir = slash ? g_strndup (source_part, slash - source_part) : g_strdup ("");
      joined = *dir ? g_strconcat (dir, "/", unescaped, NULL) : g_strdup (unescaped);
    }

  segments = g_strsplit (joined, "/", -1);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      if (*segments[i] == '\0' || g_str_equal (segments[i], "."))
        continue;
      if (g_str_equal (segments[i], ".."))
        {
          if (out->len == 0)
            return NULL;
          g_ptr_array_remove_index (out, out->len - 1);
          continue;
        }
      g_ptr_array_add (out, segments[i]);
    }
  if (out->len == 0)
    return NULL;
  g_ptr_array_add (out, NULL);
  return g_strjoinv ("/", (char **) out->pdata);
}

/* ---- strings ---- */

static int
hex4 (const char *p)
{
  int v = 0;

  for (int i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (p[i]);
      if (d < 0)
        return -1;
      v = v * 16 + d;
    }
  return v;
}

/* Excel writes characters XML cannot hold, and a literal "_x", as _xHHHH_ (UTF-16). */
char *
ot_xlsx_unescape_text (const char *text)
{
  GString *out;
  const char *p = text;

  if (strstr (text, "_x") == NULL)
    return g_strdup (text);
  out = g_string_sized_new (strlen (text));
  while (*p != '\0')
    {
      int u = (p[0] == '_' && p[1] == 'x') ? hex4 (p + 2) : -1;
      if (u < 0 || p[6] != '_')
        {
          g_string_append_c (out, *p++);
          continue;
        }
      p += 7;
      if (u >= 0xD800 && u <= 0xDBFF && p[0] == '_' && p[1] == 'x')
        {
          int lo = hex4 (p + 2);
          if (lo >= 0xDC00 && lo <= 0xDFFF && p[6] == '_')
            {
              u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
              p += 7;
            }
        }
      if ((u >= 0xD800 && u <= 0xDFFF) || u == 0)
        u = 0xFFFD;
      g_string_append_unichar (out, (gunichar) u);
    }
  return g_string_free (out, FALSE);
}

/* <si>/<is> hold either one <t>, or runs <r><rPr/><t/></r>; phonetic guides (<rPh>) are
 * reading aids for the text above them and are not part of the value. */
gboolean
ot_xlsx_read_rich_text (OtXlsxXml *xml,
                        GString   *out,
                        GError   **error)
{
  int depth = xmlTextReaderDepth (xml->reader);
  g_autoptr(GString) raw = g_string_new (NULL);
  g_autofree char *text = NULL;
  int ret;

  if (xmlTextReaderIsEmptyElement (xml->reader) == 1)
    return TRUE;
  ret = ot_xlsx_xml_next (xml, error);
  while (ret > 0 && xmlTextReaderDepth (xml->reader) > depth)
    {
      if (ot_xlsx_xml_is_start (xml, "rPh") || ot_xlsx_xml_is_start (xml, "rPr")
          || ot_xlsx_xml_is_start (xml, "phoneticPr"))
        ret = ot_xlsx_xml_skip (xml, error);
      else if (ot_xlsx_xml_is_start (xml, "t"))
        ret = ot_xlsx_xml_read_text (xml, raw, error) ? ot_xlsx_xml_next (xml, error) : -1;
      else
        ret = ot_xlsx_xml_next (xml, error);
    }
  if (ret < 0)
    return FALSE;
  text = ot_xlsx_unescape_text (raw->str);
  if (!ot_xlsx_xml_check_length (xml, text, error))
    return FALSE;
  g_string_append (out, text);
  return TRUE;
}

/* ---- number formats and dates ---- */

gboolean
ot_xlsx_builtin_format_is_date (guint id)
{
  return (id >= 14 && id <= 22) || (id >= 45 && id <= 47)
         || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

/* [h], [mm], [ss]: one of those letters, repeated; [Magenta] or [$-413] is not one. */
static gboolean
is_elapsed_time (const char *start,
                 const char *end)
{
  char first = g_ascii_tolower (*start);

  if (start == end || strchr ("hms", first) == NULL)
    return FALSE;
  for (const char *p = start; p < end; p++)
    if (g_ascii_tolower (*p) != first)
      return FALSE;
  return TRUE;
}

/* A format shows a date or time when, outside quoted text, escapes and [colour]/[$-locale]
 * brackets, it uses d, m, y, h or s; [h], [mm], [ss] are elapsed times, which count. */
gboolean
ot_xlsx_format_is_date (const char *format_code)
{
  g_return_val_if_fail (format_code != NULL, FALSE);

  for (const char *p = format_code; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          p = strchr (p + 1, '"');
          if (p == NULL)
            return FALSE;
          break;
        case '\\':
        case '_':
        case '*':
          if (p[1] == '\0')
            return FALSE;
          p++;
          break;
        case '[':
          {
            const char *close = strchr (p, ']');
            if (close == NULL)
              return FALSE;
            if (is_elapsed_time (p + 1, close))
              return TRUE;
            p = close;
          }
          break;
        case ';':
          /* Only the first section decides, as Excel does for positive numbers. */
          return FALSE;
        default:
          if (g_ascii_strncasecmp (p, "General", 7) == 0)
            p += 6;
          else if (strchr ("dDmMyYhHsS", *p) != NULL)
            return TRUE;
          break;
        }
    }
  return FALSE;
}

static GDateTime *
epoch (gboolean date1904,
       double  *serial)
{
  if (date1904)
    return g_date_time_new_utc (1904, 1, 1, 0, 0, 0);
  /* Excel counts a 29 February 1900 that never was: serials 1..59 start a day later. */
  if (*serial < 60)
    return g_date_time_new_utc (1899, 12, 31, 0, 0, 0);
  return g_date_time_new_utc (1899, 12, 30, 0, 0, 0);
}

GDateTime *
ot_xlsx_serial_to_date_time (double   serial,
                             gboolean date1904)
{
  g_autoptr(GDateTime) base = NULL;
  gint64 ms;

  if (!isfinite (serial) || serial < 0 || serial >= 2958466)
    return NULL;
  if (!date1904 && serial >= 60 && serial < 61)
    return NULL;
  base = epoch (date1904, &serial);
  /* Round to the millisecond: times are stored as binary fractions of a day. */
  ms = (gint64) llround (serial * 86400000.0);
  return g_date_time_add_seconds (base, (double) ms / 1000.0);
}

char *
ot_xlsx_serial_to_iso8601 (double   serial,
                           gboolean date1904)
{
  g_autoptr(GDateTime) dt = ot_xlsx_serial_to_date_time (serial, date1904);

  if (dt == NULL)
    return NULL;
  if (g_date_time_get_hour (dt) == 0 && g_date_time_get_minute (dt) == 0
      && g_date_time_get_seconds (dt) == 0)
    return g_date_time_format (dt, "%Y-%m-%d");
  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S");
}

/* Cells of type "d" hold ISO 8601 text: a date, a date and time, or a time alone. */
gboolean
ot_xlsx_iso8601_to_serial (const char *text,
                           gboolean    date1904,
                           double     *serial)
{
  int y = 0, mo = 0, d = 0, h = 0, mi = 0;
  double s = 0;
  g_autoptr(GDateTime) base = NULL;
  g_autoptr(GDateTime) dt = NULL;
  double days;

  if (sscanf (text, "%4d-%2d-%2dT%2d:%2d:%lf", &y, &mo, &d, &h, &mi, &s) >= 3)
    ;
  else if (sscanf (text, "%2d:%2d:%lf", &h, &mi, &s) >= 2)
    {
      *serial = (h * 3600 + mi * 60 + s) / 86400.0;
      return isfinite (*serial) && *serial >= 0 && *serial < 1;
    }
  else
    return FALSE;
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || !(s >= 0 && s < 61))
    return FALSE;
  dt = g_date_time_new_utc (y, mo, d, h, mi, s);
  if (dt == NULL)
    return FALSE;
  base = date1904 ? g_date_time_new_utc (1904, 1, 1, 0, 0, 0)
                  : g_date_time_new_utc (1899, 12, 30, 0, 0, 0);
  days = g_date_time_difference (dt, base) / (double) G_TIME_SPAN_DAY;
  if (!date1904 && days < 61)
    days -= 1;
  if (days < 0)
    return FALSE;
  *serial = days;
  return TRUE;
}
