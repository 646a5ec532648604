/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-search-snippet.c: rendering the match marks of a search snippet. */
#define G_LOG_DOMAIN "ot-meetings"
#include "config.h"

#include "ot-search-snippet.h"

static char *
replace_marks (const char *snippet,
               gboolean    markup)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *run = snippet;

  for (const char *p = snippet; ; p++)
    {
      if (*p == '\x02' || *p == '\x03' || *p == '\0')
        {
          if (markup)
            {
              g_autofree char *escaped = g_markup_escape_text (run, p - run);
              g_string_append (out, escaped);
            }
          else
            g_string_append_len (out, run, p - run);
          if (*p == '\0')
            break;
          if (markup)
            g_string_append (out, *p == '\x02' ? "<b>" : "</b>");
          run = p + 1;
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
ot_search_snippet_to_markup (const char *snippet)
{
  return replace_marks (snippet != NULL ? snippet : "", TRUE);
}

char *
ot_search_snippet_to_plain (const char *snippet)
{
  return replace_marks (snippet != NULL ? snippet : "", FALSE);
}
