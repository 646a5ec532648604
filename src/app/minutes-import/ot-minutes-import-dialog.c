/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-import-dialog.c: existing minutes read off the main thread, reviewed against their source text, then saved. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "ot-minutes-import-dialog.h"
#include "ot-minutes-part.h"
#include "ot-error.h"
#include "minutes-import/ot-minutes-import.h"
#include "minutes-import/ot-minutes-store.h"

/* Highlight colours, one per kind of recognised part; light enough to read black text on. */
typedef enum
{
  TAG_HEADER,
  TAG_ATTENDEE,
  TAG_ITEM,
  TAG_STATEMENT,
  TAG_DECISION,
  TAG_ACTION,
  TAG_NOTE,
  TAG_LABEL,
  N_TAGS
} TagKind;

static const struct
{
  const char *name;
  const char *colour;
} tag_styles[N_TAGS] = {
  { "header", "#b5d3f7" },
  { "attendee", "#dccbf3" },
  { "item", "#ffc98a" },
  { "statement", "#bfe8c0" },
  { "decision", "#f6bcbc" },
  { "action", "#fde98f" },
  { "note", "#e6e6e6" },
  { "label", NULL },
};

struct _OtMinutesImportDialog
{
  AdwWindow        parent_instance;

  /* template widgets */
  AdwToastOverlay *toast_overlay;
  GtkWidget       *open_button;
  GtkWidget       *import_button;
  GtkStack        *stack;
  GtkWidget       *choose_button;
  GtkSpinner      *spinner;
  AdwStatusPage   *error_page;
  GtkLabel        *file_label;
  GtkLabel        *summary_label;
  GtkWidget       *retry_button;
  GtkFlowBox      *legend_box;
  GtkTextView     *source_view;
  AdwEntryRow     *title_row;
  AdwEntryRow     *date_row;
  AdwActionRow    *place_row;
  AdwComboRow     *series_row;
  GtkBox          *parts_box;

  /* owned */
  OtStore         *store;
  GCancellable    *cancellable;
  OtMinutesResult *result;
  GListStore      *parts;           /* OtMinutesPart */
  GArray          *series_ids;      /* gint64 per row of the series chooser; 0: a new series */
  GtkStringList   *kind_names;
  GtkTextTag      *tags[N_TAGS];
  char            *file_name;
};

G_DEFINE_FINAL_TYPE (OtMinutesImportDialog, ot_minutes_import_dialog, ADW_TYPE_WINDOW)

static TagKind
tag_for_part (OtMinutesPartKind kind)
{
  switch (kind)
    {
    case OT_MINUTES_PART_QUESTION:
    case OT_MINUTES_PART_ANSWER:
    case OT_MINUTES_PART_REMARK:
      return TAG_STATEMENT;
    case OT_MINUTES_PART_DECISION:
      return TAG_DECISION;
    case OT_MINUTES_PART_ACTION:
      return TAG_ACTION;
    case OT_MINUTES_PART_NOTE:
    case OT_MINUTES_PART_N_KINDS:
    default:
      return TAG_NOTE;
    }
}

static const char *
tag_label (TagKind kind)
{
  switch (kind)
    {
    case TAG_HEADER: return _("Meeting");
    case TAG_ATTENDEE: return _("Attendee");
    case TAG_ITEM: return _("Agenda item");
    case TAG_STATEMENT: return _("Statement");
    case TAG_DECISION: return _("Decision");
    case TAG_ACTION: return _("Action");
    case TAG_NOTE: return _("Note");
    case TAG_LABEL:
    case N_TAGS:
    default:
      return _("Heading");
    }
}

/* ---- the source text ---- */

static gboolean
span_iters (OtMinutesImportDialog *self,
            OtMinutesSpan          span,
            GtkTextIter           *start,
            GtkTextIter           *end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->source_view);
  int lines = gtk_text_buffer_get_line_count (buffer);

  if (span.first == 0 || span.last < span.first || (int) span.first > lines)
    return FALSE;
  gtk_text_buffer_get_iter_at_line (buffer, start, (int) span.first - 1);
  gtk_text_buffer_get_iter_at_line (buffer, end, MIN ((int) span.last, lines) - 1);
  if (!gtk_text_iter_ends_line (end))
    gtk_text_iter_forward_to_line_end (end);
  return TRUE;
}

static void
tag_span (OtMinutesImportDialog *self,
          OtMinutesSpan          span,
          TagKind                kind)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->source_view);
  GtkTextIter start, end;

  if (!span_iters (self, span, &start, &end))
    return;
  /* A part's own kind replaces the kind it had; the heading of an item keeps its colour. */
  for (guint i = TAG_STATEMENT; i <= TAG_NOTE; i++)
    gtk_text_buffer_remove_tag (buffer, self->tags[i], &start, &end);
  gtk_text_buffer_apply_tag (buffer, self->tags[kind], &start, &end);
}

/* Up to @n characters of @text from its start (or end), as the source has them. */
static char *
text_edge (const char *text,
           gboolean    from_end,
           guint       n)
{
  glong len = g_utf8_strlen (text, -1);

  if (len <= (glong) n)
    return g_strdup (text);
  if (!from_end)
    return g_utf8_substring (text, 0, n);
  return g_utf8_substring (text, len - n, len);
}

/* Several parts can share lines (sentences of one paragraph): where the part's own words can
 * be found in its lines, only they are marked; text the clean-up changed (a joined
 * hyphenation, a label taken off) falls back to the whole lines. */
static gboolean
part_iters (OtMinutesImportDialog *self,
            OtMinutesPart         *part,
            GtkTextIter           *start,
            GtkTextIter           *end)
{
  const GtkTextSearchFlags flags = GTK_TEXT_SEARCH_TEXT_ONLY | GTK_TEXT_SEARCH_CASE_INSENSITIVE;
  g_autofree char *head = text_edge (ot_minutes_part_get_text (part), FALSE, 14);
  g_autofree char *tail = text_edge (ot_minutes_part_get_text (part), TRUE, 14);
  GtkTextIter head_start, head_end, tail_start, tail_end;

  if (!span_iters (self, ot_minutes_part_get_span (part), start, end))
    return FALSE;
  if (g_utf8_strlen (head, -1) < 6 ||
      !gtk_text_iter_forward_search (start, head, flags, &head_start, &head_end, end) ||
      !gtk_text_iter_forward_search (&head_start, tail, flags, &tail_start, &tail_end, end))
    return TRUE;
  *start = head_start;
  *end = tail_end;
  return TRUE;
}

static void
tag_part (OtMinutesImportDialog *self,
          OtMinutesPart         *part)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->source_view);
  TagKind kind = tag_for_part (ot_minutes_part_get_kind (part));
  GtkTextIter start, end;

  if (!part_iters (self, part, &start, &end))
    return;
  for (guint i = TAG_STATEMENT; i <= TAG_NOTE; i++)
    gtk_text_buffer_remove_tag (buffer, self->tags[i], &start, &end);
  gtk_text_buffer_apply_tag (buffer, self->tags[kind], &start, &end);
}

static void
fill_source (OtMinutesImportDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->source_view);
  g_autofree char *text = g_strjoinv ("\n", self->result->source_lines);
  OtMinutesResult *r = self->result;

  gtk_text_buffer_set_text (buffer, text, -1);
  for (guint i = 0; i < r->structure->len; i++)
    tag_span (self, g_array_index (r->structure, OtMinutesSpan, i), TAG_LABEL);
  tag_span (self, r->title_span, TAG_HEADER);
  tag_span (self, r->date_span, TAG_HEADER);
  tag_span (self, r->location_span, TAG_HEADER);
  tag_span (self, r->chair_span, TAG_HEADER);
  for (guint i = 0; i < r->attendees->len; i++)
    tag_span (self, ((OtMinutesAttendee *) g_ptr_array_index (r->attendees, i))->span, TAG_ATTENDEE);
}

/* ---- the parts under review ---- */

static void
part_kind_changed_cb (OtMinutesPart         *part,
                      GParamSpec            *pspec,
                      OtMinutesImportDialog *self)
{
  tag_part (self, part);
}

static void
show_part_clicked_cb (GtkButton             *button,
                      OtMinutesImportDialog *self)
{
  OtMinutesPart *part = g_object_get_data (G_OBJECT (button), "ot-part");
  GtkTextIter start, end;

  if (!part_iters (self, part, &start, &end))
    return;
  gtk_text_buffer_select_range (gtk_text_view_get_buffer (self->source_view), &start, &end);
  gtk_text_view_scroll_to_iter (self->source_view, &start, 0.1, TRUE, 0.0, 0.2);
}

static GtkWidget *
part_row_new (OtMinutesImportDialog *self,
              OtMinutesPart         *part)
{
  GtkWidget *row = adw_combo_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("find-location-symbolic");
  const char *person = ot_minutes_part_get_person (part);
  const char *due = ot_minutes_part_get_due (part);
  g_autofree char *subtitle = NULL;

  gtk_widget_set_name (row, "part-row");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ot_minutes_part_get_text (part));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  if (person != NULL && due != NULL)
    subtitle = g_strdup_printf (_("%s, due %s"), person, due);
  else if (due != NULL)
    subtitle = g_strdup_printf (_("Due %s"), due);
  else
    subtitle = g_strdup (person);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (self->kind_names));
  g_object_bind_property (part, "kind", row, "selected", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (part, "notify::kind", G_CALLBACK (part_kind_changed_cb), self, 0);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Show in the text"));
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "ot-part", g_object_ref (part), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (show_part_clicked_cb), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), button);

  part_kind_changed_cb (part, NULL, self);
  return row;
}

static void
add_part (OtMinutesImportDialog *self,
          GtkWidget             *group,
          OtMinutesPart         *part)
{
  g_list_store_append (self->parts, part);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), part_row_new (self, part));
}

/* In the order of the source text, so the list reads like the minutes. */
static gint
part_compare (gconstpointer a,
              gconstpointer b)
{
  OtMinutesSpan sa = ot_minutes_part_get_span (*(OtMinutesPart **) a);
  OtMinutesSpan sb = ot_minutes_part_get_span (*(OtMinutesPart **) b);

  return (sa.first > sb.first) - (sa.first < sb.first);
}

static void
collect_item_parts (OtMinutesItem *item,
                    GPtrArray     *parts)
{
  for (guint i = 0; i < item->statements->len; i++)
    g_ptr_array_add (parts, ot_minutes_part_new_statement (item, g_ptr_array_index (item->statements, i)));
  for (guint i = 0; i < item->decisions->len; i++)
    g_ptr_array_add (parts, ot_minutes_part_new_decision (item, g_ptr_array_index (item->decisions, i)));
  for (guint i = 0; i < item->actions->len; i++)
    g_ptr_array_add (parts, ot_minutes_part_new_action (item, g_ptr_array_index (item->actions, i)));
  for (guint i = 0; i < item->notes->len; i++)
    g_ptr_array_add (parts, ot_minutes_part_new_note (item, g_ptr_array_index (item->notes, i)));
}

static void
add_item_group (OtMinutesImportDialog *self,
                OtMinutesItem         *item,
                const char            *parent_title)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *heading = item->number != NULL ? g_strdup_printf ("%s  %s", item->number, item->title)
                                                  : g_strdup (item->title);
  g_autofree char *title = parent_title != NULL ? g_strdup_printf ("%s › %s", parent_title, heading)
                                                : g_strdup (heading);
  g_autofree char *markup = g_markup_escape_text (title, -1);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), markup);
  gtk_widget_set_name (group, "item-group");
  tag_span (self, item->span, TAG_ITEM);
  collect_item_parts (item, parts);
  g_ptr_array_sort (parts, part_compare);
  if (parts->len == 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _("No text under this item."));
  for (guint i = 0; i < parts->len; i++)
    add_part (self, group, g_ptr_array_index (parts, i));
  gtk_box_append (self->parts_box, group);

  for (guint i = 0; i < item->children->len; i++)
    add_item_group (self, g_ptr_array_index (item->children, i), heading);
}

static const char *
state_label (OtMinutesAttendance state)
{
  switch (state)
    {
    case OT_MINUTES_EXCUSED: return _("excused");
    case OT_MINUTES_ABSENT: return _("absent");
    case OT_MINUTES_PRESENT:
    default:
      return _("present");
    }
}

/* The source line when the name on it is spelled differently (an OCR slip, "v/d", initials)
 * from the name the parser settled on, so the reviewer can check the match; else NULL. */
static char *
read_differently (OtMinutesImportDialog   *self,
                  const OtMinutesAttendee *a)
{
  char **lines = self->result->source_lines;
  g_autofree char *name = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *text = NULL;
  guint n = lines != NULL ? g_strv_length (lines) : 0;

  if (a->name == NULL || a->span.first == 0 || a->span.first > n)
    return NULL;
  name = g_utf8_casefold (a->name, -1);
  folded = g_utf8_casefold (lines[a->span.first - 1], -1);
  if (strstr (folded, name) != NULL)
    return NULL;
  text = g_strstrip (g_strdup (lines[a->span.first - 1]));
  if (g_utf8_strlen (text, -1) > 60)
    {
      g_autofree char *cut = g_utf8_substring (text, 0, 60);

      g_free (text);
      text = g_strconcat (cut, "…", NULL);
    }
  return g_steal_pointer (&text);
}

/* The parser has already put registry spellings in place of near misses (OCR slips, initials),
 * so an exact lookup tells what will be linked and what will be added to the registry. */
static char *
attendee_subtitle (OtMinutesImportDialog   *self,
                   const OtMinutesAttendee *a)
{
  gboolean person_known = a->name == NULL || ot_store_find_person (self->store, a->name) != 0;
  gboolean org_known = a->organisation == NULL || ot_store_find_organisation (self->store, a->organisation) != 0;
  const char *registry = person_known && org_known ? _("in the registry")
                         : !person_known && !org_known ? _("new person and organisation")
                         : !person_known ? _("new person") : _("new organisation");

  g_autofree char *read_as = read_differently (self, a);
  g_autofree char *line = a->name != NULL && a->organisation != NULL
    ? g_strdup_printf ("%s · %s · %s", a->organisation, state_label (a->state), registry)
    : g_strdup_printf ("%s · %s", state_label (a->state), registry);

  if (read_as == NULL)
    return g_steal_pointer (&line);
  /* TRANSLATORS: the first %s describes an attendee, the second is the line of the minutes the name was read from. */
  return g_strdup_printf (_("%s · read from “%s”"), line, read_as);
}

static gboolean
attendee_known (OtMinutesImportDialog   *self,
                const OtMinutesAttendee *a)
{
  return (a->name == NULL || ot_store_find_person (self->store, a->name) != 0) &&
         (a->organisation == NULL || ot_store_find_organisation (self->store, a->organisation) != 0);
}

static GtkWidget *
attendee_row_new (OtMinutesImportDialog   *self,
                  const OtMinutesAttendee *a)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = attendee_subtitle (self, a);
  gboolean known = attendee_known (self, a);
  GtkWidget *icon = gtk_image_new_from_icon_name (known ? "avatar-default-symbolic" : "list-add-symbolic");

  gtk_widget_set_tooltip_text (icon, known ? _("Known in the registry") : _("Added to the registry on import"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), a->name != NULL ? a->name : a->organisation);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

/* One expander row with a summary, so that a long attendance list does not push the agenda
 * out of sight. */
static void
add_attendees (OtMinutesImportDialog *self)
{
  GPtrArray *attendees = self->result->attendees;
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *expander = adw_expander_row_new ();
  guint counts[3] = { 0 }, new_entries = 0;
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;

  gtk_widget_set_name (group, "attendance-group");
  for (guint i = 0; i < attendees->len; i++)
    {
      const OtMinutesAttendee *a = g_ptr_array_index (attendees, i);

      counts[MIN ((guint) a->state, 2)]++;
      new_entries += !attendee_known (self, a);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), attendee_row_new (self, a));
    }
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u attendee", "%u attendees", attendees->len), attendees->len);
  /* TRANSLATORS: counts of people present, excused and absent, and of new registry entries. */
  summary = g_strdup_printf (_("%u present, %u excused, %u absent; %u new in the registry"),
                             counts[OT_MINUTES_PRESENT], counts[OT_MINUTES_EXCUSED], counts[OT_MINUTES_ABSENT],
                             new_entries);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Attendance"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), attendees->len > 0 ? summary
                                 : _("No attendance list was found; you can add attendance to the meeting later."));
  gtk_widget_set_sensitive (expander, attendees->len > 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), expander);
  gtk_box_append (self->parts_box, group);
}

static void
add_closing_group (OtMinutesImportDialog *self)
{
  OtMinutesResult *r = self->result;
  GtkWidget *group;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < r->actions->len; i++)
    g_ptr_array_add (parts, ot_minutes_part_new_action (NULL, g_ptr_array_index (r->actions, i)));
  for (guint i = 0; i < r->notes->len; i++)
    g_ptr_array_add (parts, ot_minutes_part_new_note (NULL, g_ptr_array_index (r->notes, i)));
  if (parts->len == 0)
    return;
  g_ptr_array_sort (parts, part_compare);
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Action List and Other Lines"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The closing action list, and lines outside the agenda, kept as notes."));
  for (guint i = 0; i < parts->len; i++)
    add_part (self, group, g_ptr_array_index (parts, i));
  gtk_box_append (self->parts_box, group);
}

static void
clear_parts_box (OtMinutesImportDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->parts_box))) != NULL)
    gtk_box_remove (self->parts_box, child);
  g_list_store_remove_all (self->parts);
}

/* ---- the meeting's fields and series ---- */

static void
fill_series (OtMinutesImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = ot_store_list_series (self->store, &error);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *folded_title = g_utf8_casefold (self->result->title != NULL ? self->result->title : "", -1);
  guint chosen = 0;
  gint64 none = 0;

  g_array_set_size (self->series_ids, 0);
  gtk_string_list_append (names, _("New series"));
  g_array_append_val (self->series_ids, none);
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(OtSeries) series = g_list_model_get_item (list, i);
      g_autofree char *folded = g_utf8_casefold (ot_series_get_name (series), -1);
      gint64 id = ot_series_get_id (series);

      gtk_string_list_append (names, ot_series_get_name (series));
      g_array_append_val (self->series_ids, id);
      if (g_str_equal (folded, folded_title))
        chosen = self->series_ids->len - 1;
    }
  if (error != NULL)
    g_warning ("Listing series: %s", error->message);
  adw_combo_row_set_model (self->series_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->series_row, chosen);
}

static void
fill_meeting (OtMinutesImportDialog *self)
{
  OtMinutesResult *r = self->result;
  g_autofree char *place = NULL;

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), r->title != NULL ? r->title : "");
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), r->date != NULL ? r->date : "");
  if (r->location != NULL && r->chair != NULL)
    place = g_strdup_printf (_("%s, chaired by %s"), r->location, r->chair);
  else if (r->chair != NULL)
    place = g_strdup_printf (_("Chaired by %s"), r->chair);
  else
    place = g_strdup (r->location != NULL ? r->location : _("Not found in the minutes"));
  adw_action_row_set_subtitle (self->place_row, place);
  fill_series (self);
}

static guint
count_items (GPtrArray *items)
{
  guint n = items->len;

  for (guint i = 0; i < items->len; i++)
    n += count_items (((OtMinutesItem *) g_ptr_array_index (items, i))->children);
  return n;
}

static void
show_summary (OtMinutesImportDialog *self)
{
  OtMinutesResult *r = self->result;
  guint items = count_items (r->agenda);
  guint statements = ot_minutes_result_count_statements (r);
  guint actions = ot_minutes_result_count_actions (r);
  g_autofree char *a = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u agenda item", "%u agenda items", items), items);
  g_autofree char *b = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement", "%u statements", statements), statements);
  g_autofree char *c = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u action", "%u actions", actions), actions);
  g_autofree char *d = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u line not recognised, kept as a note",
                                                     "%u lines not recognised, kept as notes", r->unrecognised_lines),
                                        r->unrecognised_lines);
  /* TRANSLATORS: a list of four counts, e.g. "5 agenda items, 32 statements, 2 actions; 22 lines not recognised, kept as notes". */
  g_autofree char *text = g_strdup_printf (_("%s, %s, %s; %s."), a, b, c, d);

  gtk_label_set_text (self->summary_label, text);
}

static void
show_result (OtMinutesImportDialog *self)
{
  clear_parts_box (self);
  fill_source (self);
  fill_meeting (self);
  add_attendees (self);
  for (guint i = 0; i < self->result->agenda->len; i++)
    add_item_group (self, g_ptr_array_index (self->result->agenda, i), NULL);
  add_closing_group (self);
  gtk_label_set_text (self->file_label, self->file_name);
  show_summary (self);
  gtk_stack_set_visible_child_name (self->stack, "review");
  gtk_widget_set_sensitive (self->import_button, TRUE);
}

/* ---- reading ---- */

static void
file_read_cb (GObject      *source,
              GAsyncResult *res,
              gpointer      user_data)
{
  g_autoptr(GCancellable) cancellable = user_data;
  g_autoptr(OtMinutesImportDialog) self = g_object_steal_data (G_OBJECT (cancellable), "ot-dialog");
  g_autoptr(GError) error = NULL;
  OtMinutesResult *result = ot_minutes_import_file_finish (res, &error);

  /* A read that was replaced by another, or whose dialog closed, arrives too late to show. */
  if (g_cancellable_is_cancelled (cancellable))
    {
      g_clear_pointer (&result, ot_minutes_result_free);
      return;
    }
  gtk_spinner_stop (self->spinner);
  gtk_widget_set_sensitive (self->open_button, TRUE);
  g_clear_object (&self->cancellable);
  if (result == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }
  g_clear_pointer (&self->result, ot_minutes_result_free);
  self->result = result;
  show_result (self);
}

void
ot_minutes_import_dialog_open_file (OtMinutesImportDialog *self,
                                    GFile                 *file)
{
  g_auto(GStrv) people = NULL, organisations = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  OtMinutesImportOptions options = { 0 };

  g_return_if_fail (OT_IS_MINUTES_IMPORT_DIALOG (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_free (self->file_name);
  self->file_name = g_file_get_basename (file);

  if (!ot_minutes_known_names_from_store (self->store, &people, &organisations, &error))
    g_warning ("Known names: %s", error->message);
  options.known_people = (const char * const *) people;
  options.known_organisations = (const char * const *) organisations;

  gtk_widget_set_sensitive (self->import_button, FALSE);
  gtk_widget_set_sensitive (self->open_button, FALSE);
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "busy");
  g_object_set_data_full (G_OBJECT (self->cancellable), "ot-dialog", g_object_ref (self), g_object_unref);
  ot_minutes_import_file_async (path != NULL ? path : "", &options, self->cancellable,
                                file_read_cb, g_object_ref (self->cancellable));
}

static void
chooser_response_cb (GtkNativeDialog       *chooser,
                     int                    response,
                     OtMinutesImportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        ot_minutes_import_dialog_open_file (self, file);
    }
  g_object_unref (chooser);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *patterns)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_auto(GStrv) list = g_strsplit (patterns, " ", -1);

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; list[i] != NULL; i++)
    gtk_file_filter_add_suffix (filter, list[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
choose_file (OtMinutesImportDialog *self)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Choose Minutes"), GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                                               _("_Open"), _("_Cancel"));

  add_filter (GTK_FILE_CHOOSER (chooser), _("Minutes (PDF, Word, text)"), "pdf docx txt text");
  add_filter (GTK_FILE_CHOOSER (chooser), _("PDF documents"), "pdf");
  add_filter (GTK_FILE_CHOOSER (chooser), _("Word documents"), "docx");
  add_filter (GTK_FILE_CHOOSER (chooser), _("Text files"), "txt text");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- saving ---- */

static gboolean
valid_date (const char *text)
{
  guint y, m, d;
  char end;

  return strlen (text) == 10 && sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &end) == 3 &&
         g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

static OtMinutesItem *
first_item (OtMinutesResult *result)
{
  return result->agenda->len > 0 ? g_ptr_array_index (result->agenda, 0) : NULL;
}

static void
clear_item_parts (OtMinutesItem *item)
{
  g_ptr_array_set_size (item->notes, 0);
  g_ptr_array_set_size (item->statements, 0);
  g_ptr_array_set_size (item->decisions, 0);
  g_ptr_array_set_size (item->actions, 0);
  for (guint i = 0; i < item->children->len; i++)
    clear_item_parts (g_ptr_array_index (item->children, i));
}

/* The result gets the reviewed kinds back: every list is rebuilt from the parts. */
static void
apply_review (OtMinutesImportDialog *self)
{
  OtMinutesResult *r = self->result;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->parts));
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));

  for (guint i = 0; i < r->agenda->len; i++)
    clear_item_parts (g_ptr_array_index (r->agenda, i));
  g_ptr_array_set_size (r->actions, 0);
  g_ptr_array_set_size (r->notes, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OtMinutesPart) part = g_list_model_get_item (G_LIST_MODEL (self->parts), i);

      ot_minutes_part_add_to (part, r, first_item (r));
    }
  g_free (r->title);
  r->title = *title != '\0' ? g_strdup (title) : NULL;
  g_free (r->date);
  r->date = g_strdup (date);
}

static gint64
chosen_series (OtMinutesImportDialog *self)
{
  guint i = adw_combo_row_get_selected (self->series_row);

  return i < self->series_ids->len ? g_array_index (self->series_ids, gint64, i) : 0;
}

gint64
ot_minutes_import_dialog_save (OtMinutesImportDialog *self,
                               GError               **error)
{
  gint64 series_id, meeting_id;
  const char *date;

  g_return_val_if_fail (OT_IS_MINUTES_IMPORT_DIALOG (self), 0);
  g_return_val_if_fail (self->result != NULL, 0);

  date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  if (!valid_date (date))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("Give the date of the meeting as YYYY-MM-DD, e.g. 2016-08-29."));
      return 0;
    }
  apply_review (self);
  series_id = chosen_series (self);
  if (!ot_store_begin (self->store, error))
    return 0;
  if (series_id == 0)
    series_id = ot_store_add_series (self->store, self->result->title != NULL ? self->result->title : _("Imported minutes"),
                                     OT_SERIES_KIND_OVERLEGTAFEL, NULL, error);
  if (series_id == 0 || (meeting_id = ot_minutes_import_store (self->store, self->result, series_id, error)) == 0)
    {
      ot_store_rollback (self->store);
      return 0;
    }
  /* A failed commit has rolled back by itself. */
  if (!ot_store_commit (self->store, error))
    return 0;
  return meeting_id;
}

static void
import_clicked_cb (OtMinutesImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  gint64 meeting_id = ot_minutes_import_dialog_save (self, &error);

  if (meeting_id == 0)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-meeting", "(xx)", meeting_id, (gint64) 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---- public API and life cycle ---- */

gboolean
ot_minutes_import_dialog_is_busy (OtMinutesImportDialog *self)
{
  g_return_val_if_fail (OT_IS_MINUTES_IMPORT_DIALOG (self), FALSE);
  return self->cancellable != NULL;
}

GListModel *
ot_minutes_import_dialog_get_parts (OtMinutesImportDialog *self)
{
  g_return_val_if_fail (OT_IS_MINUTES_IMPORT_DIALOG (self), NULL);
  return self->result != NULL ? G_LIST_MODEL (self->parts) : NULL;
}

void
ot_minutes_import_dialog_set_series (OtMinutesImportDialog *self,
                                     gint64                 series_id)
{
  g_return_if_fail (OT_IS_MINUTES_IMPORT_DIALOG (self));

  for (guint i = 0; i < self->series_ids->len; i++)
    if (g_array_index (self->series_ids, gint64, i) == series_id)
      adw_combo_row_set_selected (self->series_row, i);
}

static void
build_legend (OtMinutesImportDialog *self)
{
  for (guint i = 0; i < N_TAGS; i++)
    {
      GtkWidget *label = gtk_label_new (NULL);
      g_autofree char *escaped = g_markup_escape_text (tag_label (i), -1);
      g_autofree char *markup = tag_styles[i].colour != NULL
        ? g_strdup_printf ("<span background=\"%s\" foreground=\"#1e1e1e\"> %s </span>", tag_styles[i].colour, escaped)
        : g_strdup_printf ("<span weight=\"bold\" foreground=\"#5e5c64\">%s</span>", escaped);

      gtk_label_set_markup (GTK_LABEL (label), markup);
      gtk_widget_add_css_class (label, "caption");
      gtk_flow_box_append (self->legend_box, label);
    }
}

static void
create_tags (OtMinutesImportDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->source_view);

  for (guint i = 0; i < N_TAGS; i++)
    {
      if (i == TAG_LABEL)
        self->tags[i] = gtk_text_buffer_create_tag (buffer, tag_styles[i].name, "weight", 700,
                                                    "foreground", "#5e5c64", NULL);
      else
        self->tags[i] = gtk_text_buffer_create_tag (buffer, tag_styles[i].name, "background", tag_styles[i].colour,
                                                    "foreground", "#1e1e1e", NULL);
    }
  g_object_set (self->tags[TAG_ITEM], "weight", 700, NULL);
  g_object_set (self->tags[TAG_HEADER], "weight", 600, NULL);
  /* The item heading and the header must win over a part's colour on the same line. */
  gtk_text_tag_set_priority (self->tags[TAG_ITEM], gtk_text_tag_table_get_size (gtk_text_buffer_get_tag_table (buffer)) - 1);
}

static void
ot_minutes_import_dialog_dispose (GObject *object)
{
  OtMinutesImportDialog *self = OT_MINUTES_IMPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), OT_TYPE_MINUTES_IMPORT_DIALOG);
  G_OBJECT_CLASS (ot_minutes_import_dialog_parent_class)->dispose (object);
}

static void
ot_minutes_import_dialog_finalize (GObject *object)
{
  OtMinutesImportDialog *self = OT_MINUTES_IMPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->parts);
  g_clear_object (&self->kind_names);
  g_clear_pointer (&self->result, ot_minutes_result_free);
  g_clear_pointer (&self->series_ids, g_array_unref);
  g_free (self->file_name);
  G_OBJECT_CLASS (ot_minutes_import_dialog_parent_class)->finalize (object);
}

static void
ot_minutes_import_dialog_class_init (OtMinutesImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_minutes_import_dialog_dispose;
  object_class->finalize = ot_minutes_import_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overlegtafel/Overlegtafel/ot-minutes-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OtMinutesImportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OtMinutesImportDialog, open_button);
  gtk_widget_class_bind_template_child (widget_class, OtMinutesImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, OtMinutesImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, OtMinutesImportDialog, choose_button);
  gtk_widget_class_bind_template_child (widget_class, OtMinutesImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, OtMinutesImportDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, OtMinutesImportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, OtMinutesImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, OtMinutesImportDialog, retry_button);
  gtk_widget_class_bind_template_child (widget_class, OtMinutesImportDialog, legend_box);
  gtk_widget_class_bind_template_child (widget_class, OtMinutesImportDialog, source_view);
  gtk_widget_class_bind_template_child (widget_class, OtMinutesImportDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, OtMinutesImportDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, OtMinutesImportDialog, place_row);
  gtk_widget_class_bind_template_child (widget_class, OtMinutesImportDialog, series_row);
  gtk_widget_class_bind_template_child (widget_class, OtMinutesImportDialog, parts_box);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ot_minutes_import_dialog_init (OtMinutesImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->parts = g_list_store_new (OT_TYPE_MINUTES_PART);
  self->series_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->kind_names = gtk_string_list_new (NULL);
  for (guint i = 0; i < OT_MINUTES_PART_N_KINDS; i++)
    gtk_string_list_append (self->kind_names, ot_minutes_part_kind_label (i));
  create_tags (self);
  build_legend (self);
  g_signal_connect_swapped (self->open_button, "clicked", G_CALLBACK (choose_file), self);
  g_signal_connect_swapped (self->choose_button, "clicked", G_CALLBACK (choose_file), self);
  g_signal_connect_swapped (self->retry_button, "clicked", G_CALLBACK (choose_file), self);
  g_signal_connect_swapped (self->import_button, "clicked", G_CALLBACK (import_clicked_cb), self);
}

OtMinutesImportDialog *
ot_minutes_import_dialog_new (GtkWindow *parent,
                              OtStore   *store)
{
  OtMinutesImportDialog *self = g_object_new (OT_TYPE_MINUTES_IMPORT_DIALOG,
                                              "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  return self;
}
