/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-meeting-page-attendance.c: the attendance list, grouped by state with counts; one click per row changes the state. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-format.h"
#include "ot-meeting-page-private.h"
#include "ot-store-lines.h"

static const char * const state_classes[] = { "ot-present", "ot-excused", "ot-absent" };

static char *
attendee_title (OtAttendance *attendance)
{
  const char *person = ot_attendance_get_person_name (attendance);

  if (person != NULL && *person != '\0')
    return g_markup_escape_text (person, -1);
  return g_markup_escape_text (ot_attendance_get_organisation_name (attendance), -1);
}

static char *
attendee_subtitle (OtAttendance *attendance)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *person = ot_attendance_get_person_name (attendance);
  const char *organisation = ot_attendance_get_organisation_name (attendance);
  const char *function = ot_attendance_get_person_function (attendance);
  OtAttendanceRole role = ot_attendance_get_role (attendance);
  g_autofree char *joined = NULL;

  if (role != OT_ATTENDANCE_ROLE_NONE)
    g_ptr_array_add (parts, (char *) ot_format_attendance_role (role));
  if (person != NULL && *person != '\0' && organisation != NULL)
    g_ptr_array_add (parts, (char *) organisation);
  else if (person == NULL || *person == '\0')
    g_ptr_array_add (parts, (char *) ot_format_organisation_kind (ot_attendance_get_organisation_kind (attendance)));
  if (function != NULL && *function != '\0')
    g_ptr_array_add (parts, (char *) function);
  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv (" · ", (char **) parts->pdata);
  return g_markup_escape_text (joined, -1);
}

static GtkWidget *
small_label (const char *markup,
             gboolean    dim)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* Caps the natural width, so the flow box puts several cards on a line. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
  if (dim)
    {
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
    }
  return label;
}

static GMenuModel *
role_menu (gint64 attendance_id)
{
  GMenu *menu = g_menu_new ();

  for (OtAttendanceRole role = OT_ATTENDANCE_ROLE_NONE; role <= OT_ATTENDANCE_ROLE_GUEST; role++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (role == OT_ATTENDANCE_ROLE_NONE ? _("No role")
                                                   : ot_format_attendance_role (role), NULL);
      g_menu_item_set_action_and_target (item, "meeting.set-attendance-role", "(xi)", attendance_id, (int) role);
      g_menu_append_item (menu, item);
    }
  return G_MENU_MODEL (menu);
}

/* The role menu is made when first opened: an attendance list can be long. */
static void
create_role_popup_cb (GtkMenuButton *button,
                      gpointer       user_data)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "ot-id");
  g_autoptr(GMenuModel) menu = role_menu (id);

  gtk_menu_button_set_menu_model (button, menu);
}

static GtkWidget *
role_button (gint64 attendance_id)
{
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_set_tooltip_text (button, _("Role: chair, minute-taker or guest"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "ot-remove");
  g_object_set_data_full (G_OBJECT (button), "ot-id", g_memdup2 (&attendance_id, sizeof attendance_id), g_free);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_role_popup_cb, NULL, NULL);
  return button;
}

/* Attendees as compact cards in columns, so a long list leaves room for the agenda. */
static GtkWidget *
create_attendee_card (gpointer item,
                      gpointer user_data)
{
  OtAttendance *attendance = item;
  OtAttendanceState state = ot_attendance_get_state (attendance);
  g_autofree char *title = attendee_title (attendance);
  g_autofree char *subtitle = attendee_subtitle (attendance);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *state_button = gtk_button_new_with_label (ot_format_attendance_state (state));
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "ot-attendee");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (text), small_label (title, FALSE));
  gtk_box_append (GTK_BOX (text), small_label (*subtitle != '\0' ? subtitle : " ", TRUE));
  gtk_widget_set_tooltip_markup (text, subtitle);
  gtk_box_append (GTK_BOX (card), gtk_image_new_from_icon_name (ot_attendance_get_person_id (attendance) == 0
                                                                ? "system-users-symbolic"
                                                                : "avatar-default-symbolic"));
  gtk_box_append (GTK_BOX (card), text);

  gtk_widget_set_valign (state_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (state_button, "ot-state");
  gtk_widget_add_css_class (state_button, state_classes[state]);
  gtk_widget_set_tooltip_text (state_button, _("Change: present, sent apologies, absent"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (state_button), "meeting.cycle-attendance");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (state_button), "x", ot_attendance_get_id (attendance));
  gtk_box_append (GTK_BOX (card), state_button);
  if (ot_meeting_page_is_editable (user_data))
    gtk_box_append (GTK_BOX (card), role_button (ot_attendance_get_id (attendance)));

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "ot-remove");
  gtk_widget_set_tooltip_text (remove, _("Remove from the attendance list"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "meeting.remove-attendance");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", ot_attendance_get_id (attendance));
  gtk_widget_set_visible (remove, ot_meeting_page_is_editable (user_data));
  gtk_box_append (GTK_BOX (card), remove);
  return card;
}

static gboolean
has_state (gpointer item,
           gpointer user_data)
{
  return ot_attendance_get_state (item) == (OtAttendanceState) GPOINTER_TO_INT (user_data);
}

static const char *
state_heading (OtAttendanceState state)
{
  switch (state)
    {
    /* TRANSLATORS: a heading over the attendance rows, with their number. */
    case OT_ATTENDANCE_STATE_PRESENT: return N_("Present (%u)");
    case OT_ATTENDANCE_STATE_EXCUSED: return N_("Sent apologies (%u)");
    case OT_ATTENDANCE_STATE_ABSENT:
    default: return N_("Absent without notice (%u)");
    }
}

static void
append_state_section (OtMeetingPage     *self,
                      OtAttendanceState  state,
                      guint              count)
{
  GtkCustomFilter *filter = gtk_custom_filter_new (has_state, GINT_TO_POINTER (state), NULL);
  g_autoptr(GtkFilterListModel) model = gtk_filter_list_model_new (g_object_ref (self->attendance),
                                                                   GTK_FILTER (filter));
  g_autofree char *heading = g_strdup_printf (_(state_heading (state)), count);
  GtkWidget *label = gtk_label_new (heading);
  GtkWidget *list = gtk_flow_box_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (list), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (list), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (list), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (list), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (list), 8);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (list), 8);
  gtk_widget_add_css_class (list, "ot-attendance");
  gtk_flow_box_bind_model (GTK_FLOW_BOX (list), G_LIST_MODEL (model), create_attendee_card, self, NULL);
  gtk_box_append (self->attendance_box, label);
  gtk_box_append (self->attendance_box, list);
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

void
ot_meeting_page_attendance_reload (OtMeetingPage *self)
{
  guint counts[3] = { 0, 0, 0 };
  g_autofree char *summary = NULL;

  g_clear_object (&self->attendance);
  clear_box (self->attendance_box);
  if (self->meeting == NULL)
    return;
  self->attendance = ot_store_list_attendance (self->store, self->meeting_id, NULL);
  if (self->attendance == NULL)
    self->attendance = G_LIST_MODEL (g_list_store_new (OT_TYPE_ATTENDANCE));
  ot_store_count_attendance (self->store, self->meeting_id, counts);
  for (OtAttendanceState state = OT_ATTENDANCE_STATE_PRESENT; state <= OT_ATTENDANCE_STATE_ABSENT; state++)
    if (counts[state] > 0)
      append_state_section (self, state, counts[state]);
  if (counts[0] + counts[1] + counts[2] == 0)
    summary = g_strdup (_("Nobody is on the list yet. Add people or whole organisations with the button on the right."));
  else
    /* TRANSLATORS: the attendance counts, e.g. "12 present · 3 sent apologies · 1 absent". */
    summary = g_strdup_printf (_("%u present · %u sent apologies · %u absent"), counts[0], counts[1], counts[2]);
  adw_preferences_group_set_description (self->attendance_group, summary);
}

static void
attendee_entry_activate_cb (GtkEntry      *entry,
                            OtMeetingPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  gtk_widget_activate_action (GTK_WIDGET (self), "meeting.add-attendee", "s", text);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

void
ot_meeting_page_attendance_init (OtMeetingPage *self)
{
  g_signal_connect (self->attendance_entry, "activate", G_CALLBACK (attendee_entry_activate_cb), self);
}

static OtAttendance *
find_attendance (OtMeetingPage *self,
                 gint64         id)
{
  guint n = self->attendance != NULL ? g_list_model_get_n_items (self->attendance) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OtAttendance) attendance = g_list_model_get_item (self->attendance, i);
      if (ot_attendance_get_id (attendance) == id)
        return g_steal_pointer (&attendance);
    }
  return NULL;
}

static void
set_state (OtMeetingPage     *self,
           gint64             id,
           OtAttendanceState  state)
{
  g_autoptr(GError) error = NULL;

  if (!ot_store_set_attendance_state (self->store, id, state, &error))
    ot_meeting_page_show_error (self, error);
}

/* present → sent apologies → absent → present */
static void
cycle_attendance_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(OtAttendance) attendance = find_attendance (self, id);

  if (attendance != NULL)
    set_state (self, id, (ot_attendance_get_state (attendance) + 1) % 3);
}

static void
set_attendance_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  gint64 id;
  int state;

  g_variant_get (parameter, "(xi)", &id, &state);
  if (state >= OT_ATTENDANCE_STATE_PRESENT && state <= OT_ATTENDANCE_STATE_ABSENT)
    set_state (OT_MEETING_PAGE (widget), id, state);
}

static void
set_attendance_role_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;
  int role;

  g_variant_get (parameter, "(xi)", &id, &role);
  if (role < OT_ATTENDANCE_ROLE_NONE || role > OT_ATTENDANCE_ROLE_GUEST)
    return;
  if (!ot_store_set_attendance_role (self->store, id, role, &error))
    ot_meeting_page_show_error (self, error);
}

static void
remove_attendance_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  gtk_widget_activate_action (widget, "win.delete", "(ix)", OT_ROW_ATTENDANCE, g_variant_get_int64 (parameter));
}

static void
add_attendee_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (ot_store_add_attendee_by_name (self->store, self->meeting_id,
                                     g_variant_get_string (parameter, NULL), &error) == 0)
    ot_meeting_page_show_error (self, error);
}

void
ot_meeting_page_attendance_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.cycle-attendance", "x", cycle_attendance_action);
  gtk_widget_class_install_action (widget_class, "meeting.set-attendance", "(xi)", set_attendance_action);
  gtk_widget_class_install_action (widget_class, "meeting.remove-attendance", "x", remove_attendance_action);
  gtk_widget_class_install_action (widget_class, "meeting.set-attendance-role", "(xi)", set_attendance_role_action);
  gtk_widget_class_install_action (widget_class, "meeting.add-attendee", "s", add_attendee_action);
}
