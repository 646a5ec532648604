/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-shortcuts.c: the one table of keyboard shortcuts, so accelerators and the shortcuts window cannot drift apart. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-shortcuts.h"

static const OtShortcut shortcuts[] = {
  { "app.quit",                "<Control>q",          N_("General"),      N_("Quit") },
  { "app.preferences",         "<Control>comma",      N_("General"),      N_("Preferences") },
  { "app.shortcuts",           "<Control>question",   N_("General"),      N_("Keyboard shortcuts") },
  { "win.new-meeting",         "<Control>n",          N_("General"),      N_("New meeting") },
  { "win.new-series",          "<Control><Shift>n",   N_("General"),      N_("New series") },
  { "win.show-view::meeting",  "<Alt>1",              N_("General"),      N_("Show the meeting") },
  { "win.show-view::actions",  "<Alt>2",              N_("General"),      N_("Show the actions overview") },
  { "win.show-view::registry", "<Alt>3",             N_("General"),      N_("Show the register of organisations and people") },
  { "win.show-view::search",   "<Control>f",          N_("General"),      N_("Search all meetings") },
  { "win.live",                "<Control>l",          N_("General"),      N_("Start or stop live mode") },
  { "meeting.show-attendee-entry", "<Control><Shift>p", N_("Meeting"),   N_("Add a person or organisation to the attendance") },
  { "meeting.export",          "<Control>e",          N_("Meeting"),      N_("Export the minutes") },
  { "meeting.add-item",        "<Control><Shift>i",   N_("Agenda"),       N_("Add an agenda item") },
  { "item.next",               "<Control>Page_Down",  N_("Agenda"),       N_("Type under the next item") },
  { "item.previous",           "<Control>Page_Up",    N_("Agenda"),       N_("Type under the previous item") },
  { "item.rename",             "F2",                  N_("Agenda"),       N_("Rename the item") },
  { "item.move-up",            "<Alt>Up",             N_("Agenda"),       N_("Move the item up") },
  { "item.move-down",          "<Alt>Down",           N_("Agenda"),       N_("Move the item down") },
  { "item.indent",             "<Alt>Right",          N_("Agenda"),       N_("Make it a sub-item") },
  { "item.outdent",            "<Alt>Left",           N_("Agenda"),       N_("Make it a main item") },
  { "item.delete",             "<Control>Delete",     N_("Agenda"),       N_("Delete the item") },
  { "live.previous",           "<Control>Page_Up",    N_("Live mode"),    N_("Previous item") },
  { "live.next",               "<Control>Page_Down",  N_("Live mode"),    N_("Next item") },
  { "live.toggle-timer",       "<Control>p",          N_("Live mode"),    N_("Start or pause the timer") },
  { "live.focus-statement",    "<Control>1",          N_("Live mode"),    N_("Type a statement: “Speaker: text”") },
  { "live.focus-decision",     "<Control>2",          N_("Live mode"),    N_("Type a decision") },
  { "live.focus-action",       "<Control>3",          N_("Live mode"),    N_("Type an action") },
};

const OtShortcut *
ot_shortcuts_get (guint *n_shortcuts)
{
  *n_shortcuts = G_N_ELEMENTS (shortcuts);
  return shortcuts;
}

static gboolean
is_app_wide (const OtShortcut *shortcut)
{
  return g_str_has_prefix (shortcut->action, "app.") || g_str_has_prefix (shortcut->action, "win.");
}

void
ot_shortcuts_set_accels (GtkApplication *app)
{
  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      const char *accels[] = { shortcuts[i].accel, NULL };

      if (is_app_wide (&shortcuts[i]))
        gtk_application_set_accels_for_action (app, shortcuts[i].action, accels);
    }
}

void
ot_shortcuts_add_bindings (GtkWidgetClass *widget_class,
                           const char     *prefix)
{
  g_autofree char *dotted = g_strconcat (prefix, ".", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      guint keyval;
      GdkModifierType mods;

      if (!g_str_has_prefix (shortcuts[i].action, dotted))
        continue;
      if (!gtk_accelerator_parse (shortcuts[i].accel, &keyval, &mods))
        g_error ("Bad accelerator “%s” in the shortcut table", shortcuts[i].accel);
      gtk_widget_class_add_binding_action (widget_class, keyval, mods, shortcuts[i].action, NULL);
    }
}

static void
append_group_start (GString    *xml,
                    const char *section)
{
  g_autofree char *escaped = g_markup_printf_escaped ("<child><object class='GtkShortcutsGroup'>"
                                                      "<property name='title'>%s</property>",
                                                      _(section));
  g_string_append (xml, escaped);
}

static void
append_shortcut (GString          *xml,
                 const OtShortcut *shortcut)
{
  g_autofree char *escaped = g_markup_printf_escaped ("<child><object class='GtkShortcutsShortcut'>"
                                                      "<property name='accelerator'>%s</property>"
                                                      "<property name='title'>%s</property>"
                                                      "</object></child>",
                                                      shortcut->accel, _(shortcut->title));
  g_string_append (xml, escaped);
}

/* GTK 4.8 has no API to add shortcuts to the window, so the table becomes builder XML. */
static char *
build_xml (void)
{
  GString *xml = g_string_new ("<interface><object class='GtkShortcutsWindow' id='window'>"
                               "<property name='modal'>1</property>"
                               "<child><object class='GtkShortcutsSection'>"
                               "<property name='section-name'>shortcuts</property>"
                               "<property name='max-height'>12</property>");
  const char *section = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      if (g_strcmp0 (section, shortcuts[i].section) != 0)
        {
          if (section != NULL)
            g_string_append (xml, "</object></child>");
          section = shortcuts[i].section;
          append_group_start (xml, section);
        }
      append_shortcut (xml, &shortcuts[i]);
    }
  g_string_append (xml, "</object></child></object></child></object></interface>");
  return g_string_free (xml, FALSE);
}

GtkWindow *
ot_shortcuts_window_new (GtkWindow *parent)
{
  g_autofree char *xml = build_xml ();
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_string (xml, -1);
  GtkWindow *window = GTK_WINDOW (gtk_builder_get_object (builder, "window"));

  gtk_window_set_transient_for (window, parent);
  return window;
}
