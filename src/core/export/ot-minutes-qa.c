/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-qa.c: the nota van inlichtingen: the numbered, anonymised questions and answers of a meeting or a series. */
#define G_LOG_DOMAIN "ot-export"
#include "config.h"

#include "ot-export-anonymiser.h"
#include "ot-export-file.h"
#include "ot-export-xlsx.h"
#include "ot-minutes-document.h"
#include "ot-minutes-typeset.h"
#include "ot-minutes-qa.h"

static const double key_value_widths[] = { 0.22, 0.78 };

static void
answer_free (gpointer data)
{
  OtMinutesQaAnswer *a = data;

  g_free (a->speaker);
  g_free (a->text);
  g_free (a);
}

static void
entry_free (gpointer data)
{
  OtMinutesQaEntry *e = data;

  g_free (e->meeting_date);
  g_free (e->item_number);
  g_free (e->item_title);
  g_free (e->speaker);
  g_free (e->text);
  g_ptr_array_unref (e->answers);
  g_free (e);
}

void
ot_minutes_qa_free (OtMinutesQa *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_ptr_array_unref (self->meeting_dates);
  g_ptr_array_unref (self->entries);
  g_strfreev (self->unsure);
  g_free (self);
}

static OtMinutesQa *
qa_new (void)
{
  OtMinutesQa *self = g_new0 (OtMinutesQa, 1);

  self->meeting_dates = g_ptr_array_new_with_free_func (g_free);
  self->entries = g_ptr_array_new_with_free_func (entry_free);
  return self;
}

static char *
speaker_of (OtExportAnonymiser *anon,
            OtMinutesDocStatement *s)
{
  if (s->speaker_person_id > 0)
    return g_strdup (ot_export_anonymiser_person_label (anon, s->speaker_person_id));
  if (s->speaker_organisation_id > 0)
    return g_strdup (ot_export_anonymiser_organisation_label (anon, s->speaker_organisation_id));
  return ot_export_anonymiser_replace (anon, s->speaker);
}

static OtMinutesQaEntry *
new_entry (OtMinutesQa        *self,
           OtExportAnonymiser *anon,
           OtMinutesDocument  *doc,
           OtMinutesDocItem      *item)
{
  OtMinutesQaEntry *e = g_new0 (OtMinutesQaEntry, 1);

  e->number = self->entries->len + 1;
  e->meeting_date = g_strdup (doc->date);
  e->item_number = g_strdup (item->number);
  e->item_title = ot_export_anonymiser_replace (anon, item->title);
  e->kind = OT_STATEMENT_KIND_QUESTION;
  e->answers = g_ptr_array_new_with_free_func (answer_free);
  g_ptr_array_add (self->entries, e);
  return e;
}

static void
collect_item (OtMinutesQa        *self,
              OtExportAnonymiser *anon,
              OtMinutesDocument  *doc,
              OtMinutesDocItem      *item,
              gboolean            include_remarks)
{
  OtMinutesQaEntry *current = NULL;

  for (guint i = 0; i < item->statements->len; i++)
    {
      OtMinutesDocStatement *s = g_ptr_array_index (item->statements, i);

      if (s->kind == OT_STATEMENT_KIND_ANSWER)
        {
          OtMinutesQaAnswer *a = g_new0 (OtMinutesQaAnswer, 1);

          if (current == NULL)
            current = new_entry (self, anon, doc, item);
          a->kind = s->kind;
          a->speaker = speaker_of (anon, s);
          a->text = ot_export_anonymiser_replace (anon, s->text);
          g_ptr_array_add (current->answers, a);
          continue;
        }
      if (s->kind == OT_STATEMENT_KIND_REMARK && !include_remarks)
        continue;
      current = new_entry (self, anon, doc, item);
      current->kind = s->kind;
      current->speaker = speaker_of (anon, s);
      current->text = ot_export_anonymiser_replace (anon, s->text);
      /* A remark takes no answers: what follows starts afresh. */
      if (s->kind == OT_STATEMENT_KIND_REMARK)
        current = NULL;
    }
}

static gboolean
collect_meeting (OtMinutesQa         *self,
                 OtExportAnonymiser  *anon,
                 OtStore             *store,
                 gint64               meeting_id,
                 gboolean             include_remarks,
                 GError             **error)
{
  g_autoptr(OtMinutesDocument) doc = ot_minutes_document_new_from_store (store, meeting_id, error);

  if (doc == NULL)
    return FALSE;
  if (self->title == NULL)
    {
      self->title = ot_export_anonymiser_replace (anon, doc->series_name);
      self->kind = doc->series_kind;
    }
  g_ptr_array_add (self->meeting_dates, g_strdup (doc->date));
  for (guint i = 0; i < doc->items->len; i++)
    collect_item (self, anon, doc, g_ptr_array_index (doc->items, i), include_remarks);
  return TRUE;
}

OtMinutesQa *
ot_minutes_qa_new_from_meeting (OtStore  *store,
                                gint64    meeting_id,
                                gboolean  include_remarks,
                                GError  **error)
{
  g_autoptr(OtMinutesQa) self = qa_new ();
  g_autoptr(OtExportAnonymiser) anon = ot_export_anonymiser_new (store, error);

  if (anon == NULL || !collect_meeting (self, anon, store, meeting_id, include_remarks, error))
    return NULL;
  self->unsure = ot_export_anonymiser_get_unsure (anon);
  return g_steal_pointer (&self);
}

OtMinutesQa *
ot_minutes_qa_new_from_series (OtStore  *store,
                               gint64    series_id,
                               gboolean  include_remarks,
                               GError  **error)
{
  g_autoptr(OtMinutesQa) self = qa_new ();
  g_autoptr(OtExportAnonymiser) anon = NULL;
  g_autoptr(OtSeries) series = NULL;
  g_autoptr(GListModel) meetings = NULL;
  guint n;

  series = ot_store_get_series (store, series_id, error);
  if (series == NULL)
    return NULL;
  meetings = ot_store_list_meetings (store, series_id, error);
  if (meetings == NULL)
    return NULL;
  anon = ot_export_anonymiser_new (store, error);
  if (anon == NULL)
    return NULL;
  self->title = ot_export_anonymiser_replace (anon, ot_series_get_name (series));
  self->kind = ot_series_get_kind (series);

  /* The store lists the newest first; a nota reads in the order things were asked. */
  n = g_list_model_get_n_items (meetings);
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(OtMeeting) meeting = g_list_model_get_item (meetings, i - 1);

      if (!collect_meeting (self, anon, store, ot_meeting_get_id (meeting), include_remarks, error))
        return NULL;
    }
  self->unsure = ot_export_anonymiser_get_unsure (anon);
  return g_steal_pointer (&self);
}

/* ---- PDF ---- */

static char *
dates_text (const OtMinutesQa *self)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < self->meeting_dates->len; i++)
    {
      g_autofree char *date = ot_minutes_format_date (g_ptr_array_index (self->meeting_dates, i));

      if (date == NULL)
        continue;
      g_string_append_printf (s, "%s%s", s->len > 0 ? ", " : "", date);
    }
  return g_string_free (s, s->len == 0);
}

static char *
statement_markup (const char *speaker,
                  const char *text)
{
  g_autoptr(GPtrArray) paragraphs = ot_minutes_text_to_markup (text);
  GString *markup = g_string_new (NULL);

  if (speaker != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (speaker, -1);

      g_string_append_printf (markup, "<b>%s:</b> ", escaped);
      if (g_ascii_islower (markup->str[3]))
        markup->str[3] = g_ascii_toupper (markup->str[3]);
    }
  for (guint i = 0; i < paragraphs->len; i++)
    g_string_append_printf (markup, "%s%s", i > 0 ? "\n" : "", (char *) g_ptr_array_index (paragraphs, i));
  return g_string_free (markup, FALSE);
}

static void
add_qa_header (OtExportLayout    *layout,
               const OtMinutesQa *self)
{
  g_autofree char *title = g_markup_escape_text (self->title != NULL ? self->title : "Vragen en antwoorden", -1);
  g_autofree char *dates = dates_text (self);
  g_autofree char *count = g_strdup_printf ("%u", self->entries->len);
  const char *labels[] = { "Bijeenkomst", "Aantal vragen", "Status" };
  const char *values[] = { dates, count, "Openbare versie" };

  ot_export_layout_add_kicker (layout, "NOTA VAN INLICHTINGEN");
  ot_export_layout_add_title (layout, title);
  ot_export_layout_add_space (layout, 6);
  ot_export_layout_begin_table (layout, 2, key_value_widths, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *k = g_markup_printf_escaped ("<span foreground=\"#5a6b7d\">%s</span>", labels[i]);
      g_autofree char *v = g_markup_escape_text (values[i] != NULL ? values[i] : "", -1);

      ot_export_layout_add_row (layout, (const char *[]) { k, v });
    }
  ot_export_layout_end_table (layout);
  ot_export_layout_add_paragraph (layout,
                                  "Deze nota bevat de vragen die tijdens de bijeenkomst zijn gesteld, genummerd, met de "
                                  "antwoorden die daarop zijn gegeven. Namen van personen en organisaties zijn vervangen "
                                  "door hun rol; aanbieders worden aangeduid met een letter.", FALSE);
  ot_export_layout_add_rule (layout);
}

OtExportLayout *
ot_minutes_qa_layout_new (const OtMinutesQa *self)
{
  OtExportLayout *layout = ot_export_layout_new ();
  const char *last_date = NULL;
  const char *last_item = NULL;
  gboolean several = self->meeting_dates->len > 1;

  ot_export_layout_set_running_header (layout, "Nota van inlichtingen", self->title);
  ot_export_layout_set_footer (layout, "Nota van inlichtingen · Openbare versie");
  add_qa_header (layout, self);
  if (self->entries->len == 0)
    ot_export_layout_add_paragraph (layout, "Er zijn geen vragen vastgelegd.", FALSE);

  for (guint i = 0; i < self->entries->len; i++)
    {
      OtMinutesQaEntry *e = g_ptr_array_index (self->entries, i);
      g_autofree char *label = NULL;

      if (several && g_strcmp0 (e->meeting_date, last_date) != 0)
        {
          g_autofree char *date = ot_minutes_format_date (e->meeting_date);
          g_autofree char *heading = g_markup_printf_escaped ("Bijeenkomst van %s", date != NULL ? date : "onbekende datum");

          ot_export_layout_add_heading (layout, OT_EXPORT_HEADING_SECTION, NULL, heading);
          last_item = NULL;
        }
      if (g_strcmp0 (e->item_number, last_item) != 0 || g_strcmp0 (e->meeting_date, last_date) != 0)
        {
          g_autofree char *title = g_markup_escape_text (e->item_title != NULL ? e->item_title : "", -1);

          ot_export_layout_add_heading (layout, OT_EXPORT_HEADING_ITEM, e->item_number, title);
        }
      else
        ot_export_layout_add_space (layout, 7);  /* between one question with its answers and the next */
      last_date = e->meeting_date;
      last_item = e->item_number;

      label = g_strdup_printf ("%s %u", e->kind == OT_STATEMENT_KIND_REMARK ? "OPMERKING" : "VRAAG", e->number);
      if (e->text != NULL)
        {
          g_autofree char *markup = statement_markup (e->speaker, e->text);

          ot_export_layout_add_labelled (layout, label, markup);
        }
      for (guint j = 0; j < e->answers->len; j++)
        {
          OtMinutesQaAnswer *a = g_ptr_array_index (e->answers, j);
          g_autofree char *markup = statement_markup (a->speaker, a->text);
          g_autofree char *answer_label = e->text == NULL && j == 0
            ? g_strdup_printf ("ANTWOORD %u", e->number) : g_strdup ("ANTWOORD");

          ot_export_layout_add_labelled (layout, answer_label, markup);
        }
    }
  return layout;
}

GBytes *
ot_minutes_qa_render_pdf (const OtMinutesQa  *self,
                          GError            **error)
{
  g_autoptr(OtExportLayout) layout = ot_minutes_qa_layout_new (self);
  g_autofree char *title = g_strdup_printf ("Nota van inlichtingen %s", self->title != NULL ? self->title : "");

  return ot_export_layout_render_pdf (layout, title, "Vragen en antwoorden, openbare versie", NULL, error);
}

gboolean
ot_minutes_qa_export_pdf (const OtMinutesQa  *self,
                          const char         *path,
                          gboolean            force,
                          GError            **error)
{
  g_autoptr(OtExportFile) file = ot_export_file_begin (path, force, error);
  g_autoptr(GBytes) bytes = NULL;
  const void *data;
  gsize len;

  if (file == NULL)
    return FALSE;
  bytes = ot_minutes_qa_render_pdf (self, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &len);
  if (!ot_export_file_write (file, data, len, error))
    return FALSE;
  return ot_export_file_commit (g_steal_pointer (&file), error);
}

/* ---- XLSX ---- */

static char *
answers_text (OtMinutesQaEntry *e,
              gboolean          speakers)
{
  GString *s = g_string_new (NULL);

  for (guint j = 0; j < e->answers->len; j++)
    {
      OtMinutesQaAnswer *a = g_ptr_array_index (e->answers, j);

      if (s->len > 0)
        g_string_append_c (s, '\n');
      g_string_append (s, speakers ? (a->speaker != NULL ? a->speaker : "") : (a->text != NULL ? a->text : ""));
    }
  return g_string_free (s, s->len == 0);
}

gboolean
ot_minutes_qa_export_xlsx (const OtMinutesQa  *self,
                           const char         *path,
                           gboolean            force,
                           GError            **error)
{
  static const char * const headers[] = { "Nr", "Datum", "Agendapunt", "Onderwerp", "Soort",
                                          "Gesteld door", "Vraag", "Beantwoord door", "Antwoord" };
  static const gboolean wrap[] = { FALSE, FALSE, FALSE, TRUE, FALSE, FALSE, TRUE, FALSE, TRUE };
  g_autofree char *title = g_strdup_printf ("Nota van inlichtingen %s", self->title != NULL ? self->title : "");
  g_autoptr(OtExportWorkbook) book = NULL;
  OtExportSheet *sheet;

  book = ot_export_workbook_new (path, force, title, "Vragen en antwoorden, openbare versie", error);
  if (book == NULL)
    return FALSE;
  sheet = ot_export_workbook_add_sheet (book, "Vragen en antwoorden", G_N_ELEMENTS (headers), headers, wrap);
  for (guint i = 0; i < self->entries->len; i++)
    {
      OtMinutesQaEntry *e = g_ptr_array_index (self->entries, i);
      g_autofree char *by = answers_text (e, TRUE);
      g_autofree char *answers = answers_text (e, FALSE);

      ot_export_sheet_next_row (sheet);
      ot_export_sheet_number (sheet, 0, e->number);
      ot_export_sheet_date (sheet, 1, e->meeting_date);
      ot_export_sheet_text (sheet, 2, e->item_number);
      ot_export_sheet_text (sheet, 3, e->item_title);
      ot_export_sheet_text (sheet, 4, e->kind == OT_STATEMENT_KIND_REMARK ? "opmerking" : "vraag");
      ot_export_sheet_text (sheet, 5, e->speaker);
      ot_export_sheet_text (sheet, 6, e->text);
      ot_export_sheet_text (sheet, 7, by);
      ot_export_sheet_text (sheet, 8, answers);
    }
  return ot_export_workbook_commit (g_steal_pointer (&book), error);
}
