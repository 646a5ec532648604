/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-reader.c: turns a minutes file of any supported kind into UTF-8 lines. */
#define G_LOG_DOMAIN "ot-minutes-import"
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "ot-error.h"
#include "ot-minutes-private.h"

/* Windows-1252 bytes 0x80-0x9F; the five undefined ones become U+FFFD. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
  0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

static char *
from_cp1252 (const char *data,
             gsize       len)
{
  GString *out = g_string_sized_new (len + len / 8);

  for (gsize i = 0; i < len; i++)
    {
      guchar c = data[i];

      if (c < 0x80)
        g_string_append_c (out, c);
      else if (c < 0xA0)
        g_string_append_unichar (out, cp1252_high[c - 0x80]);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Binary junk has NUL bytes or many control characters; text has neither. */
static gboolean
looks_binary (const char *data,
              gsize       len)
{
  gsize controls = 0;

  for (gsize i = 0; i < len; i++)
    {
      guchar c = data[i];

      if (c == 0)
        return TRUE;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
        controls++;
    }
  return controls > 8 && controls * 100 > len;
}

/* One '\n' per line break, no form feeds, no NULs. */
static char *
normalise_breaks (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\r')
        {
          g_string_append_c (out, '\n');
          if (p[1] == '\n')
            p++;
        }
      else if (*p == '\f' || *p == '\v')
        g_string_append_c (out, '\n');
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

char *
ot_mi_decode_text (const char *data,
                   gsize       len,
                   const char *name,
                   GError    **error)
{
  g_autofree char *utf8 = NULL;

  if (looks_binary (data, len))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("The file “%s” is not a text, PDF or Word document."), name);
      return NULL;
    }
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      len -= 3;
    }
  if (g_utf8_validate_len (data, len, NULL))
    utf8 = g_strndup (data, len);
  else
    utf8 = from_cp1252 (data, len);
  return normalise_breaks (utf8);
}

static gboolean
has_text (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return TRUE;
  return FALSE;
}

char *
ot_minutes_read_bytes (GBytes      *bytes,
                       const char  *name,
                       GError     **error)
{
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  g_autofree char *text = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  if (name == NULL)
    name = "";

  if (len == 0)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE, _("The file “%s” is empty."), name);
      return NULL;
    }
  if (len > OT_MINUTES_MAX_FILE_SIZE)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_LIMIT,
                   _("The file “%s” is too large to be minutes."), name);
      return NULL;
    }

  if (len >= 5 && memcmp (data, "%PDF-", 5) == 0)
    text = ot_mi_read_pdf (bytes, name, error);
  else if (len >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    text = ot_mi_read_docx (bytes, name, error);
  else if (len >= 8 && memcmp (data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_UNSUPPORTED,
                   _("The file “%s” is an old Word document; save it as DOCX or PDF first."),
                   name);
      return NULL;
    }
  else
    text = ot_mi_decode_text (data, len, name, error);

  if (text == NULL)
    return NULL;
  if (!has_text (text))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("The file “%s” contains no text; a scanned document needs text recognition first."),
                   name);
      return NULL;
    }
  return g_steal_pointer (&text);
}

char *
ot_minutes_read_file (const char  *path,
                      GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  name = g_filename_display_basename (path);
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("“%s” is a folder, not a minutes file."), name);
      return NULL;
    }
  file = g_file_new_for_path (path);
  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_IO, _("The file “%s” could not be read: %s"),
                   name, local_error->message);
      return NULL;
    }
  return ot_minutes_read_bytes (bytes, name, error);
}

OtMinutesResult *
ot_minutes_import_file (const char                   *path,
                        const OtMinutesImportOptions *options,
                        GError                      **error)
{
  g_autofree char *text = ot_minutes_read_file (path, error);

  if (text == NULL)
    return NULL;
  return ot_minutes_parse_text (text, options);
}

typedef struct
{
  char  *path;
  char **people;
  char **organisations;
} ImportJob;

static void
import_job_free (gpointer data)
{
  ImportJob *job = data;

  g_free (job->path);
  g_strfreev (job->people);
  g_strfreev (job->organisations);
  g_free (job);
}

static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  ImportJob *job = data;
  OtMinutesImportOptions options = { (const char * const *) job->people,
                                     (const char * const *) job->organisations };
  GError *error = NULL;
  OtMinutesResult *result;

  if (g_task_return_error_if_cancelled (task))
    return;
  result = ot_minutes_import_file (job->path, &options, &error);
  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify) ot_minutes_result_free);
}

void
ot_minutes_import_file_async (const char                   *path,
                              const OtMinutesImportOptions *options,
                              GCancellable                 *cancellable,
                              GAsyncReadyCallback           callback,
                              gpointer                      user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  ImportJob *job = g_new0 (ImportJob, 1);

  g_return_if_fail (path != NULL);

  job->path = g_strdup (path);
  if (options != NULL)
    {
      job->people = g_strdupv ((char **) options->known_people);
      job->organisations = g_strdupv ((char **) options->known_organisations);
    }
  g_task_set_source_tag (task, ot_minutes_import_file_async);
  g_task_set_task_data (task, job, import_job_free);
  g_task_run_in_thread (task, import_thread);
}

OtMinutesResult *
ot_minutes_import_file_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
