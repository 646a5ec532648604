/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-xlsx.c: minutes as a workbook: sheets Agenda, Aanwezigheid, Besluiten and Actielijst. */
#define G_LOG_DOMAIN "ot-export"
#include "config.h"

#include "ot-export-xlsx.h"
#include "ot-minutes-typeset.h"
#include "ot-minutes-xlsx.h"

static const char * const status_words[] = { "open", "afgerond", "vervallen", NULL };

static const char *
state_word (OtAttendanceState state)
{
  switch (state)
    {
    case OT_ATTENDANCE_STATE_EXCUSED:
      return "afgemeld";
    case OT_ATTENDANCE_STATE_ABSENT:
      return "afwezig zonder afmelding";
    case OT_ATTENDANCE_STATE_PRESENT:
    default:
      return "aanwezig";
    }
}

static const char *
role_word (OtAttendanceRole role)
{
  switch (role)
    {
    case OT_ATTENDANCE_ROLE_CHAIR:
      return "voorzitter";
    case OT_ATTENDANCE_ROLE_MINUTE_TAKER:
      return "notulist";
    case OT_ATTENDANCE_ROLE_GUEST:
      return "gast";
    case OT_ATTENDANCE_ROLE_NONE:
    default:
      return NULL;
    }
}

static const char *
kind_word (OtOrganisationKind kind)
{
  switch (kind)
    {
    case OT_ORGANISATION_KIND_GEMEENTE:
      return "gemeente";
    case OT_ORGANISATION_KIND_AANBIEDER:
      return "aanbieder";
    case OT_ORGANISATION_KIND_REGIO:
      return "regio";
    case OT_ORGANISATION_KIND_OTHER:
    default:
      return "overig";
    }
}

static char *
statements_text (OtMinutesDocItem *item)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < item->statements->len; i++)
    {
      OtMinutesDocStatement *st = g_ptr_array_index (item->statements, i);

      if (s->len > 0)
        g_string_append_c (s, '\n');
      g_string_append (s, ot_minutes_statement_kind_word (st->kind));
      if (st->speaker != NULL)
        g_string_append_printf (s, " (%s)", st->speaker);
      g_string_append_printf (s, ": %s", st->text != NULL ? st->text : "");
    }
  return g_string_free (s, s->len == 0);
}

static void
write_agenda (OtExportWorkbook        *book,
              const OtMinutesDocument *doc)
{
  static const char * const headers[] = { "Nr", "Onderwerp", "Ingebracht door", "Toelichting door",
                                          "Aantekeningen", "Vragen en opmerkingen" };
  static const gboolean wrap[] = { FALSE, TRUE, FALSE, FALSE, TRUE, TRUE };
  OtExportSheet *sheet = ot_export_workbook_add_sheet (book, "Agenda", G_N_ELEMENTS (headers), headers, wrap);

  for (guint i = 0; i < doc->items->len; i++)
    {
      OtMinutesDocItem *item = g_ptr_array_index (doc->items, i);
      g_autofree char *statements = statements_text (item);

      ot_export_sheet_next_row (sheet);
      ot_export_sheet_text (sheet, 0, item->number);
      ot_export_sheet_text (sheet, 1, item->title);
      ot_export_sheet_text (sheet, 2, item->submitted_by);
      ot_export_sheet_text (sheet, 3, item->presenter);
      ot_export_sheet_text (sheet, 4, item->notes);
      ot_export_sheet_text (sheet, 5, statements);
    }
}

static void
write_attendance (OtExportWorkbook        *book,
                  const OtMinutesDocument *doc)
{
  if (doc->attendance_mode == OT_MINUTES_ATTENDANCE_FULL)
    {
      static const char * const headers[] = { "Status", "Organisatie", "Soort", "Naam", "Functie", "Rol" };
      OtExportSheet *sheet = ot_export_workbook_add_sheet (book, "Aanwezigheid", G_N_ELEMENTS (headers), headers, NULL);

      for (guint i = 0; i < doc->attendees->len; i++)
        {
          OtMinutesDocAttendee *a = g_ptr_array_index (doc->attendees, i);

          ot_export_sheet_next_row (sheet);
          ot_export_sheet_text (sheet, 0, state_word (a->state));
          ot_export_sheet_text (sheet, 1, a->organisation);
          ot_export_sheet_text (sheet, 2, a->organisation != NULL ? kind_word (a->kind) : NULL);
          ot_export_sheet_text (sheet, 3, a->name);
          ot_export_sheet_text (sheet, 4, a->function);
          ot_export_sheet_text (sheet, 5, role_word (a->role));
        }
    }
  else
    {
      static const char * const headers[] = { "Status", "Groep", "Deelnemers" };
      static const gboolean wrap[] = { FALSE, FALSE, TRUE };
      OtExportSheet *sheet = ot_export_workbook_add_sheet (book, "Aanwezigheid", G_N_ELEMENTS (headers), headers, wrap);

      for (guint i = 0; i < doc->attendance->len; i++)
        {
          OtMinutesDocAttendanceLine *line = g_ptr_array_index (doc->attendance, i);

          ot_export_sheet_next_row (sheet);
          ot_export_sheet_text (sheet, 0, state_word (line->state));
          ot_export_sheet_text (sheet, 1, line->label);
          ot_export_sheet_text (sheet, 2, line->members);
        }
    }
}

static void
write_decisions (OtExportWorkbook        *book,
                 const OtMinutesDocument *doc)
{
  static const char * const headers[] = { "Agendapunt", "Onderwerp", "Soort", "Tekst" };
  static const gboolean wrap[] = { FALSE, TRUE, FALSE, TRUE };
  OtExportSheet *sheet = ot_export_workbook_add_sheet (book, "Besluiten", G_N_ELEMENTS (headers), headers, wrap);

  for (guint i = 0; i < doc->items->len; i++)
    {
      OtMinutesDocItem *item = g_ptr_array_index (doc->items, i);

      for (guint j = 0; j < item->decisions->len; j++)
        {
          OtMinutesDocDecision *d = g_ptr_array_index (item->decisions, j);
          g_autofree char *kind = g_ascii_strdown (ot_minutes_decision_kind_word (d->kind), -1);

          ot_export_sheet_next_row (sheet);
          ot_export_sheet_text (sheet, 0, item->number);
          ot_export_sheet_text (sheet, 1, item->title);
          ot_export_sheet_text (sheet, 2, kind);
          ot_export_sheet_text (sheet, 3, d->text);
        }
    }
}

static void
write_action_rows (OtExportSheet *sheet,
                   GPtrArray     *actions,
                   const char    *origin)
{
  for (guint i = 0; i < actions->len; i++)
    {
      OtMinutesDocAction *a = g_ptr_array_index (actions, i);

      ot_export_sheet_next_row (sheet);
      ot_export_sheet_number (sheet, 0, i + 1);
      ot_export_sheet_text (sheet, 1, a->text);
      ot_export_sheet_text (sheet, 2, a->owner);
      ot_export_sheet_date (sheet, 3, a->due_date);
      ot_export_sheet_text (sheet, 4, ot_minutes_action_status_word (a->status));
      ot_export_sheet_text (sheet, 5, origin);
      ot_export_sheet_date (sheet, 6, a->origin_date);
      ot_export_sheet_text (sheet, 7, a->item_number);
    }
}

static void
write_actions (OtExportWorkbook        *book,
               const OtMinutesDocument *doc)
{
  static const char * const headers[] = { "Nr", "Actie", "Eigenaar", "Gereed", "Status", "Lijst",
                                          "Vergadering", "Agendapunt" };
  static const gboolean wrap[] = { FALSE, TRUE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE };
  OtExportSheet *sheet = ot_export_workbook_add_sheet (book, "Actielijst", G_N_ELEMENTS (headers), headers, wrap);

  write_action_rows (sheet, doc->previous_actions, "verslag vorige keer");
  write_action_rows (sheet, doc->actions, "deze vergadering");
  ot_export_sheet_validate_list (sheet, 4, status_words);
}

gboolean
ot_minutes_export_xlsx (const OtMinutesDocument  *doc,
                        const char               *path,
                        gboolean                  force,
                        GError                  **error)
{
  g_autofree char *title = NULL;
  g_autofree char *subject = NULL;
  g_autoptr(OtExportWorkbook) book = NULL;

  g_return_val_if_fail (doc != NULL, FALSE);

  title = ot_minutes_document_title (doc);
  subject = ot_minutes_document_subject (doc);
  book = ot_export_workbook_new (path, force, title, subject, error);
  if (book == NULL)
    return FALSE;
  if (!doc->is_public)
    ot_export_workbook_set_author (book, doc->author);
  write_agenda (book, doc);
  write_attendance (book, doc);
  write_decisions (book, doc);
  write_actions (book, doc);
  return ot_export_workbook_commit (g_steal_pointer (&book), error);
}
