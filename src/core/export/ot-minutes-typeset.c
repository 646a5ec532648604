/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-typeset.c: typesetting minutes as A4 pages, for PDF, preview and print. */
#define G_LOG_DOMAIN "ot-export"
#include "config.h"

#include <string.h>

#include "ot-export-file.h"
#include "ot-minutes-typeset.h"

static const double action_widths[] = { 0.05, 0.38, 0.21, 0.23, 0.13 };
static const char * const action_headers[] = { "Nr", "Actie", "Eigenaar", "Gereed", "Status" };
static const double key_value_widths[] = { 0.20, 0.80 };
static const double attendance_widths[] = { 0.30, 0.70 };

static gboolean
is_bullet (gunichar c)
{
  return c == 0x2022 || c == 0x25CF || c == 0x25AA || c == 0x25E6 || c == 0x2013 || c == '-'
         || c == '*' || c == 0xB7 || g_unichar_type (c) == G_UNICODE_PRIVATE_USE;
}

/* Pango shapes an unbreakable run again at every line it wraps, which is quadratic: a
 * zero-width space every so many characters of a long run gives it places to break. */
#define MAX_RUN 120

char *
ot_minutes_escape (const char *text)
{
  GString *s = g_string_new (NULL);
  guint run = 0;

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      run = g_unichar_isspace (c) ? 0 : run + 1;
      if (run > MAX_RUN)
        {
          g_string_append (s, "\u200b");
          run = 1;
        }
      if (c == '&')
        g_string_append (s, "&amp;");
      else if (c == '<')
        g_string_append (s, "&lt;");
      else if (c == '>')
        g_string_append (s, "&gt;");
      else if (c == '"')
        g_string_append (s, "&quot;");
      else if (c == '\'')
        g_string_append (s, "&#39;");
      else if (c < 0x20 && c != '\n' && c != '\t')
        g_string_append_c (s, ' ');
      else
        g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

/* One line of a paragraph; a bulleted line starts with "•" and a no-break space. */
static void
append_line (GString    *markup,
             const char *line)
{
  g_autofree char *escaped = NULL;
  const char *p = line;

  while (*p == ' ' || *p == '\t')
    p++;
  if (*p != '\0' && is_bullet (g_utf8_get_char (p)))
    {
      const char *after = g_utf8_next_char (p);

      if (*after == ' ' || *after == '\t' || g_unichar_type (g_utf8_get_char (p)) == G_UNICODE_PRIVATE_USE)
        {
          while (*after == ' ' || *after == '\t')
            after++;
          g_string_append (markup, "•\u00a0\u00a0");
          p = after;
        }
    }
  escaped = ot_minutes_escape (p);
  g_string_append (markup, escaped);
}

GPtrArray *
ot_minutes_text_to_markup (const char *text)
{
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) lines = NULL;
  GString *current = NULL;

  if (text == NULL)
    return paragraphs;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strchomp (lines[i]);
      if (lines[i][strspn (lines[i], " \t\r")] == '\0')
        {
          if (current != NULL)
            g_ptr_array_add (paragraphs, g_string_free (g_steal_pointer (&current), FALSE));
          continue;
        }
      if (current == NULL)
        current = g_string_new (NULL);
      else
        g_string_append_c (current, '\n');
      append_line (current, lines[i]);
    }
  if (current != NULL)
    g_ptr_array_add (paragraphs, g_string_free (current, FALSE));
  return paragraphs;
}

char *
ot_minutes_document_title (const OtMinutesDocument *doc)
{
  g_autofree char *date = ot_minutes_format_date (doc->date);

  if (date != NULL)
    return g_strdup_printf ("Verslag %s, %s", doc->title != NULL ? doc->title : "vergadering", date);
  return g_strdup_printf ("Verslag %s", doc->title != NULL ? doc->title : "vergadering");
}

char *
ot_minutes_document_subject (const OtMinutesDocument *doc)
{
  const char *kind = ot_minutes_series_kind_word (doc->series_kind);

  /* "Marktconsultatie HO 2020" already says what it is. */
  if (doc->series_name != NULL && g_ascii_strncasecmp (doc->series_name, kind, strlen (kind)) == 0)
    return g_strdup_printf ("%s%s", doc->series_name, doc->is_public ? " (openbare versie)" : "");
  if (doc->series_name != NULL)
    return g_strdup_printf ("%s %s%s", kind, doc->series_name, doc->is_public ? " (openbare versie)" : "");
  return g_strdup_printf ("%s%s", kind, doc->is_public ? " (openbare versie)" : "");
}

static char *
status_text (const OtMinutesDocument *doc)
{
  g_autofree char *approved = ot_minutes_format_date (doc->approved_on);
  const char *status;
  g_autofree char *owned = NULL;

  if (doc->status == OT_MEETING_STATUS_APPROVED)
    status = owned = approved != NULL ? g_strdup_printf ("Vastgesteld op %s", approved) : g_strdup ("Vastgesteld");
  else if (doc->status == OT_MEETING_STATUS_DRAFT)
    status = "Concept";
  else
    status = "Gepland, nog geen verslag";
  if (doc->is_public)
    return g_strdup_printf ("%s · Openbare versie", status);
  return g_strdup (status);
}

static void
add_key_value (OtExportLayout *layout,
               const char     *key,
               const char     *value)
{
  g_autofree char *k = NULL;
  g_autofree char *v = NULL;

  if (value == NULL)
    return;
  k = g_markup_printf_escaped ("<span foreground=\"#5a6b7d\">%s</span>", key);
  v = ot_minutes_escape (value);
  ot_export_layout_add_row (layout, (const char *[]) { k, v });
}

static char *
time_text (const OtMinutesDocument *doc)
{
  if (doc->start_time != NULL && doc->end_time != NULL)
    return g_strdup_printf ("%s – %s uur", doc->start_time, doc->end_time);
  if (doc->start_time != NULL)
    return g_strdup_printf ("%s uur", doc->start_time);
  return NULL;
}

static void
add_header (OtExportLayout          *layout,
            const OtMinutesDocument *doc)
{
  g_autofree char *kicker = NULL;
  g_autofree char *title = NULL;
  g_autofree char *date = ot_minutes_format_date (doc->date);
  g_autofree char *time = time_text (doc);
  g_autofree char *status = status_text (doc);
  g_autofree char *upper = g_utf8_strup (doc->series_name != NULL ? doc->series_name
                                         : ot_minutes_series_kind_word (doc->series_kind), -1);

  kicker = g_markup_printf_escaped ("VERSLAG · %s", upper);
  ot_export_layout_add_kicker (layout, kicker);
  title = g_markup_escape_text (doc->title != NULL ? doc->title : "Vergadering", -1);
  ot_export_layout_add_title (layout, title);
  ot_export_layout_add_space (layout, 6);
  ot_export_layout_begin_table (layout, 2, key_value_widths, NULL);
  add_key_value (layout, "Datum", date);
  add_key_value (layout, "Tijd", time);
  add_key_value (layout, "Locatie", doc->location);
  add_key_value (layout, "Voorzitter", doc->chair);
  add_key_value (layout, "Notulist", doc->minute_taker);
  add_key_value (layout, "Status", status);
  if (doc->status == OT_MEETING_STATUS_APPROVED)
    add_key_value (layout, "Wijzigingen", doc->approval_notes);
  ot_export_layout_end_table (layout);
  if (doc->is_public)
    ot_export_layout_add_paragraph (layout, "<span foreground=\"#5a6b7d\" size=\"small\"><i>Openbare versie: "
                                    "namen van personen en organisaties zijn vervangen door hun rol.</i></span>",
                                    FALSE);
  ot_export_layout_add_rule (layout);
}

static const char *
state_heading (OtAttendanceState state)
{
  switch (state)
    {
    case OT_ATTENDANCE_STATE_EXCUSED:
      return "Afgemeld";
    case OT_ATTENDANCE_STATE_ABSENT:
      return "Afwezig zonder afmelding";
    case OT_ATTENDANCE_STATE_PRESENT:
    default:
      return "Aanwezig";
    }
}

static void
add_attendance (OtExportLayout          *layout,
                const OtMinutesDocument *doc)
{
  if (doc->attendance->len == 0)
    return;
  ot_export_layout_add_heading (layout, OT_EXPORT_HEADING_SECTION, NULL, "Aanwezigheid");
  for (int state = OT_ATTENDANCE_STATE_PRESENT; state <= OT_ATTENDANCE_STATE_ABSENT; state++)
    {
      gboolean started = FALSE;

      for (guint i = 0; i < doc->attendance->len; i++)
        {
          OtMinutesDocAttendanceLine *line = g_ptr_array_index (doc->attendance, i);
          g_autofree char *label = NULL;
          g_autofree char *members = NULL;

          if ((int) line->state != state)
            continue;
          if (!started)
            {
              ot_export_layout_add_subheading (layout, state_heading (state));
              ot_export_layout_begin_table (layout, 2, attendance_widths, NULL);
              started = TRUE;
            }
          label = g_markup_printf_escaped ("<b>%s</b>", line->label);
          members = ot_minutes_escape (line->members);
          ot_export_layout_add_row (layout, (const char *[]) { label, members });
        }
      if (started)
        ot_export_layout_end_table (layout);
    }
}

static void
add_item_meta (OtExportLayout *layout,
               OtMinutesDocItem  *item)
{
  g_autoptr(GString) meta = g_string_new (NULL);

  if (item->submitted_by != NULL)
    g_string_append_printf (meta, "Ingebracht door %s", item->submitted_by);
  if (item->presenter != NULL)
    g_string_append_printf (meta, "%sToelichting: %s", meta->len > 0 ? " · " : "", item->presenter);
  if (item->is_addition)
    g_string_append_printf (meta, "%sToegevoegd aan de agenda", meta->len > 0 ? " · " : "");
  if (meta->len > 0)
    {
      g_autofree char *markup = g_markup_printf_escaped ("<span foreground=\"#5a6b7d\" size=\"small\"><i>%s</i></span>", meta->str);

      ot_export_layout_add_paragraph (layout, markup, TRUE);
    }
}

static void
add_statement (OtExportLayout     *layout,
               OtMinutesDocStatement *s)
{
  g_autofree char *label = g_utf8_strup (ot_minutes_statement_kind_word (s->kind), -1);
  g_autoptr(GPtrArray) paragraphs = ot_minutes_text_to_markup (s->text);
  g_autoptr(GString) markup = g_string_new (NULL);

  if (s->speaker != NULL)
    {
      g_autofree char *speaker = g_markup_escape_text (s->speaker, -1);

      /* A role word starts the sentence here. */
      g_string_append_printf (markup, "<b>%s:</b> ", speaker);
      if (g_ascii_islower (markup->str[3]))
        markup->str[3] = g_ascii_toupper (markup->str[3]);
    }
  for (guint i = 0; i < paragraphs->len; i++)
    g_string_append_printf (markup, "%s%s", i > 0 ? "\n" : "", (char *) g_ptr_array_index (paragraphs, i));
  ot_export_layout_add_labelled (layout, label, markup->str);
}

static void
add_item_actions (OtExportLayout          *layout,
                  const OtMinutesDocument *doc,
                  OtMinutesDocItem           *item)
{
  for (guint i = 0; i < doc->actions->len; i++)
    {
      OtMinutesDocAction *a = g_ptr_array_index (doc->actions, i);
      g_autofree char *due = NULL;
      g_autofree char *markup = NULL;

      if (a->item_number == NULL || g_strcmp0 (a->item_number, item->number) != 0)
        continue;
      due = ot_minutes_format_date (a->due_date);
      markup = g_markup_printf_escaped ("%s<span foreground=\"#5a6b7d\"> (%s%s%s, actie %s)</span>",
                                        a->text != NULL ? a->text : "",
                                        a->owner != NULL ? a->owner : "eigenaar onbekend",
                                        due != NULL ? ", gereed " : "", due != NULL ? due : "",
                                        a->number);
      ot_export_layout_add_labelled (layout, "ACTIE", markup);
    }
}

static void
add_item (OtExportLayout          *layout,
          const OtMinutesDocument *doc,
          OtMinutesDocItem           *item)
{
  g_autofree char *title = ot_minutes_escape (item->title);
  g_autoptr(GPtrArray) notes = ot_minutes_text_to_markup (item->notes);

  ot_export_layout_add_heading (layout, item->depth > 0 ? OT_EXPORT_HEADING_SUBITEM : OT_EXPORT_HEADING_ITEM,
                                item->number, title);
  add_item_meta (layout, item);
  for (guint i = 0; i < notes->len; i++)
    ot_export_layout_add_paragraph (layout, g_ptr_array_index (notes, i), TRUE);
  for (guint i = 0; i < item->statements->len; i++)
    add_statement (layout, g_ptr_array_index (item->statements, i));
  for (guint i = 0; i < item->decisions->len; i++)
    {
      OtMinutesDocDecision *d = g_ptr_array_index (item->decisions, i);
      g_autofree char *text = ot_minutes_escape (d->text);
      g_autofree char *markup = g_strdup_printf ("<span foreground=\"#1f3b57\"><b>%s:</b></span> %s",
                                                 ot_minutes_decision_kind_word (d->kind), text);

      ot_export_layout_add_box (layout, markup);
    }
  add_item_actions (layout, doc, item);
}

static void
add_action_table (OtExportLayout *layout,
                  GPtrArray      *actions,
                  gboolean        previous)
{
  ot_export_layout_begin_table (layout, G_N_ELEMENTS (action_widths), action_widths, action_headers);
  for (guint i = 0; i < actions->len; i++)
    {
      OtMinutesDocAction *a = g_ptr_array_index (actions, i);
      g_autofree char *due = ot_minutes_format_date (a->due_date);
      g_autofree char *origin = ot_minutes_format_date (a->origin_date);
      g_autofree char *nr = g_markup_escape_text (a->number, -1);
      g_autofree char *text = NULL;
      const char *action_text = a->text != NULL ? a->text : "";
      g_autofree char *owner = ot_minutes_escape (a->owner);
      g_autofree char *due_m = g_markup_escape_text (due != NULL ? due : "", -1);
      const char *status = ot_minutes_action_status_word (a->status);
      g_autofree char *status_m = a->status == OT_ACTION_STATUS_OPEN
        ? g_strdup_printf ("<b>%s</b>", status) : g_strdup (status);

      if (previous && origin != NULL)
        {
          g_autofree char *escaped = ot_minutes_escape (action_text);

          text = g_strdup_printf ("%s\n<span foreground=\"#5a6b7d\" size=\"small\">uit verslag van %s</span>",
                                  escaped, origin);
        }
      else
        text = ot_minutes_escape (action_text);
      ot_export_layout_add_row (layout, (const char *[]) { nr, text, owner, due_m, status_m });
    }
  ot_export_layout_end_table (layout);
}

OtExportLayout *
ot_minutes_layout_new (const OtMinutesDocument *doc)
{
  OtExportLayout *layout;
  g_autofree char *date = NULL;
  g_autofree char *status = NULL;
  g_autofree char *left = NULL;

  g_return_val_if_fail (doc != NULL, NULL);

  layout = ot_export_layout_new ();
  date = ot_minutes_format_date (doc->date);
  status = status_text (doc);
  left = g_strdup_printf ("Verslag %s", doc->title != NULL ? doc->title : "");
  ot_export_layout_set_running_header (layout, left, date);
  ot_export_layout_set_footer (layout, status);
  if (doc->status != OT_MEETING_STATUS_APPROVED)
    ot_export_layout_set_watermark (layout, "CONCEPT");

  add_header (layout, doc);
  add_attendance (layout, doc);
  for (guint i = 0; i < doc->items->len; i++)
    add_item (layout, doc, g_ptr_array_index (doc->items, i));
  if (doc->previous_actions->len > 0)
    {
      ot_export_layout_add_heading (layout, OT_EXPORT_HEADING_SECTION, NULL, "Actielijst verslag vorige keer");
      add_action_table (layout, doc->previous_actions, TRUE);
    }
  ot_export_layout_add_heading (layout, OT_EXPORT_HEADING_SECTION, NULL, "Actielijst");
  if (doc->actions->len > 0)
    add_action_table (layout, doc->actions, FALSE);
  else
    ot_export_layout_add_paragraph (layout, "Er zijn in deze vergadering geen acties afgesproken.", FALSE);
  return layout;
}

GBytes *
ot_minutes_render_pdf (const OtMinutesDocument  *doc,
                       GError                  **error)
{
  g_autoptr(OtExportLayout) layout = ot_minutes_layout_new (doc);
  g_autofree char *title = ot_minutes_document_title (doc);
  g_autofree char *subject = ot_minutes_document_subject (doc);

  return ot_export_layout_render_pdf (layout, title, subject, doc->is_public ? NULL : doc->author, error);
}

static void
render_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;
  GBytes *bytes;

  if (g_task_return_error_if_cancelled (task))
    return;
  bytes = ot_minutes_render_pdf (task_data, &error);
  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

void
ot_minutes_render_pdf_async (OtMinutesDocument   *doc,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_return_if_fail (doc != NULL);

  g_task_set_source_tag (task, ot_minutes_render_pdf_async);
  g_task_set_task_data (task, doc, (GDestroyNotify) ot_minutes_document_free);
  g_task_run_in_thread (task, render_thread);
}

GBytes *
ot_minutes_render_pdf_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

gboolean
ot_minutes_export_pdf (const OtMinutesDocument  *doc,
                       const char               *path,
                       gboolean                  force,
                       GError                  **error)
{
  g_autoptr(OtExportFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize len;
  const void *data;

  /* Check the target before the work, so a refused overwrite is quick. */
  file = ot_export_file_begin (path, force, error);
  if (file == NULL)
    return FALSE;
  bytes = ot_minutes_render_pdf (doc, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &len);
  if (!ot_export_file_write (file, data, len, error))
    return FALSE;
  return ot_export_file_commit (g_steal_pointer (&file), error);
}
