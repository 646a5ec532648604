/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-preferences-window.c: the preferences window, bound to GSettings, with database open and backup. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ot-preferences-window.h"
#include "ot-settings.h"

struct _OtPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* template widgets */
  AdwActionRow   *database_row;
  AdwActionRow   *export_folder_row;
  GtkWidget      *reset_export_folder_button;
  AdwComboRow    *attendance_row;
  GtkSpinButton  *min_n_spin;
  GtkSpinButton  *dominance_k_spin;
  GtkSpinButton  *dominance_two_spin;
  AdwExpanderRow *p_rule_row;
  GtkSpinButton  *p_percent_spin;
  GtkSpinButton  *tolerance_spin;

  /* owned references */
  OtStore         *store;
  GSettings       *settings;
  GtkNativeDialog *chooser;
};

G_DEFINE_FINAL_TYPE (OtPreferencesWindow, ot_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

enum {
  OPEN_DATABASE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* In the order of the attendance row's model; the nicks of the schema's AttendanceMode. */
static const char * const attendance_nicks[] = { "organisations", "counts", "none", NULL };

/* Every SQLite 3 database starts with these 16 bytes. */
static const char sqlite_magic[16] = "SQLite format 3";

static void
toast (OtPreferencesWindow *self,
       const char          *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 6);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static void
update_database_row (OtPreferencesWindow *self)
{
  adw_action_row_set_subtitle (self->database_row,
                               self->store != NULL ? ot_store_get_path (self->store) : "");
}

static void
update_export_folder_row (OtPreferencesWindow *self)
{
  g_autofree char *folder = self->settings != NULL ? g_settings_get_string (self->settings, "export-folder")
                                                   : g_strdup ("");
  gboolean is_default = folder[0] == '\0';

  adw_action_row_set_subtitle (self->export_folder_row,
                               is_default ? _("The Documents folder") : folder);
  gtk_widget_set_visible (self->reset_export_folder_button, !is_default);
}

static gboolean
attendance_get_mapping (GValue   *value,
                        GVariant *variant,
                        gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; attendance_nicks[i] != NULL; i++)
    if (g_str_equal (nick, attendance_nicks[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
attendance_set_mapping (const GValue       *value,
                        const GVariantType *expected_type,
                        gpointer            user_data)
{
  guint index = g_value_get_uint (value);

  if (index >= G_N_ELEMENTS (attendance_nicks) - 1)
    return NULL;
  return g_variant_new_string (attendance_nicks[index]);
}

static void
bind_settings (OtPreferencesWindow *self)
{
  const struct { const char *key; gpointer widget; const char *property; } bindings[] = {
    { "anonymisation-min-n", self->min_n_spin, "value" },
    { "anonymisation-dominance-k", self->dominance_k_spin, "value" },
    { "anonymisation-dominance-two", self->dominance_two_spin, "value" },
    { "anonymisation-p-rule-enabled", self->p_rule_row, "enable-expansion" },
    { "anonymisation-p-percent", self->p_percent_spin, "value" },
    { "cost-price-tolerance", self->tolerance_spin, "value" },
  };

  /* Without the schema installed there is nothing to keep them in. */
  if (self->settings == NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
        gtk_widget_set_sensitive (bindings[i].widget, FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->attendance_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->export_folder_row), FALSE);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
    g_settings_bind (self->settings, bindings[i].key, bindings[i].widget, bindings[i].property,
                     G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "public-attendance-mode",
                                self->attendance_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                attendance_get_mapping, attendance_set_mapping, NULL, NULL);
  g_signal_connect_object (self->settings, "changed::export-folder",
                           G_CALLBACK (update_export_folder_row), self, G_CONNECT_SWAPPED);
}

/* Reads the start of @path: a database is recognised by its header, without opening it
 * (opening would create journal files next to whatever was chosen). */
static gboolean
is_sqlite_file (const char  *path,
                GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, error);
  char header[sizeof sqlite_magic] = { 0 };
  gsize n_read = 0;

  if (stream == NULL)
    return FALSE;
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), header, sizeof header, &n_read, NULL, error))
    return FALSE;
  if (n_read != sizeof header || memcmp (header, sqlite_magic, sizeof header) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not a database file."), path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
same_file (const char *a,
           const char *b)
{
  g_autoptr(GFile) file_a = g_file_new_for_path (a);
  g_autoptr(GFile) file_b = g_file_new_for_path (b);

  return g_file_equal (file_a, file_b);
}

/* Each instance works on its own database, so another database opens in a new one. */
static gboolean
launch_instance (const char  *path,
                 GError     **error)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autoptr(GSubprocess) process = NULL;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, error,
                              exe != NULL ? exe : "overlegtafel", "--db", path, NULL);
  return process != NULL;
}

static void
open_database_at (OtPreferencesWindow *self,
                  const char          *path)
{
  g_autoptr(GError) error = NULL;
  gboolean handled = FALSE;

  if (self->store != NULL && same_file (path, ot_store_get_path (self->store)))
    {
      toast (self, _("This database is already open."));
      return;
    }
  if (!is_sqlite_file (path, &error))
    {
      toast (self, error->message);
      return;
    }
  /* Remembered for the next start (ot_settings_resolve_database), unless --db or
   * $OVERLEGTAFEL_DB then names another. */
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-database", path);
  g_signal_emit (self, signals[OPEN_DATABASE], 0, path, &handled);
  if (handled)
    return;
  if (!launch_instance (path, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Cannot open “%s” in a new window: %s"),
                                                  path, error->message);
      toast (self, message);
      return;
    }
  toast (self, _("The database opens in a new window, and from now on when Overlegtafel starts."));
}

static void
backup_to (OtPreferencesWindow *self,
           const char          *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_return_if_fail (self->store != NULL);

  /* The copy is written beside its target and renamed over it: over the open database
   * itself that would pull the file away from under its own connection. */
  if (same_file (path, ot_store_get_path (self->store)))
    {
      toast (self, _("A backup cannot replace the database itself; choose another name."));
      return;
    }
  if (!ot_store_backup (self->store, path, &error))
    {
      toast (self, error->message);
      return;
    }
  message = g_strdup_printf (_("Backup saved as “%s”."), path);
  toast (self, message);
}

static GtkFileChooserNative *
new_chooser (OtPreferencesWindow  *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept_label)
{
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  return chooser;
}

/* The chosen local path, or NULL when the dialog was cancelled. */
static char *
take_chosen_path (OtPreferencesWindow *self,
                  GtkNativeDialog     *dialog,
                  int                  response)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (self->chooser == dialog)
    g_clear_object (&self->chooser);
  return file != NULL ? g_file_get_path (file) : NULL;
}

static void
open_chooser_response_cb (GtkNativeDialog     *dialog,
                          int                  response,
                          OtPreferencesWindow *self)
{
  g_autofree char *path = take_chosen_path (self, dialog, response);

  if (path != NULL)
    open_database_at (self, path);
}

static void
backup_chooser_response_cb (GtkNativeDialog     *dialog,
                            int                  response,
                            OtPreferencesWindow *self)
{
  g_autofree char *path = take_chosen_path (self, dialog, response);

  if (path != NULL)
    backup_to (self, path);
}

static void
folder_chooser_response_cb (GtkNativeDialog     *dialog,
                            int                  response,
                            OtPreferencesWindow *self)
{
  g_autofree char *path = take_chosen_path (self, dialog, response);

  if (path != NULL && self->settings != NULL)
    g_settings_set_string (self->settings, "export-folder", path);
}

static void
open_database_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OtPreferencesWindow *self = OT_PREFERENCES_WINDOW (widget);
  GtkFileChooserNative *chooser = new_chooser (self, _("Open Database"),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               C_("verb", "_Open"));
  g_autoptr(GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (databases, _("Overlegtafel databases"));
  gtk_file_filter_add_mime_type (databases, "application/vnd.sqlite3");
  gtk_file_filter_add_mime_type (databases, "application/x-sqlite3");
  gtk_file_filter_add_suffix (databases, "db");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), databases);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_signal_connect_object (chooser, "response", G_CALLBACK (open_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OtPreferencesWindow *self = OT_PREFERENCES_WINDOW (widget);
  GtkFileChooserNative *chooser = new_chooser (self, _("Back Up Database"),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  /* Translators: the suggested file name of a backup; %s is a date such as 2026-11-23. */
  g_autofree char *name = g_strdup_printf (_("overlegtafel-backup-%s.db"), date);

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (backup_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
choose_export_folder_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  OtPreferencesWindow *self = OT_PREFERENCES_WINDOW (widget);
  GtkFileChooserNative *chooser = new_chooser (self, _("Default Export Folder"),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Select"));

  g_signal_connect_object (chooser, "response", G_CALLBACK (folder_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
reset_export_folder_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  OtPreferencesWindow *self = OT_PREFERENCES_WINDOW (widget);

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "export-folder", "");
}

static void
open_database_at_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  open_database_at (OT_PREFERENCES_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
backup_to_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  backup_to (OT_PREFERENCES_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
ot_preferences_window_constructed (GObject *object)
{
  OtPreferencesWindow *self = OT_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (ot_preferences_window_parent_class)->constructed (object);

  if (self->settings == NULL && ot_settings_get () != NULL)
    self->settings = g_object_ref (ot_settings_get ());
  bind_settings (self);
  update_database_row (self);
  update_export_folder_row (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.backup", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.backup-to", self->store != NULL);
}

static void
ot_preferences_window_dispose (GObject *object)
{
  OtPreferencesWindow *self = OT_PREFERENCES_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), OT_TYPE_PREFERENCES_WINDOW);
  G_OBJECT_CLASS (ot_preferences_window_parent_class)->dispose (object);
}

static void
ot_preferences_window_finalize (GObject *object)
{
  OtPreferencesWindow *self = OT_PREFERENCES_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (ot_preferences_window_parent_class)->finalize (object);
}

static void
ot_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  OtPreferencesWindow *self = OT_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ot_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  OtPreferencesWindow *self = OT_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ot_preferences_window_class_init (OtPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ot_preferences_window_constructed;
  object_class->dispose = ot_preferences_window_dispose;
  object_class->finalize = ot_preferences_window_finalize;
  object_class->set_property = ot_preferences_window_set_property;
  object_class->get_property = ot_preferences_window_get_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, OT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[OPEN_DATABASE] =
    g_signal_new ("open-database", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  g_signal_accumulator_true_handled, NULL, NULL,
                  G_TYPE_BOOLEAN, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/overlegtafel/Overlegtafel/ot-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OtPreferencesWindow, database_row);
  gtk_widget_class_bind_template_child (widget_class, OtPreferencesWindow, export_folder_row);
  gtk_widget_class_bind_template_child (widget_class, OtPreferencesWindow, reset_export_folder_button);
  gtk_widget_class_bind_template_child (widget_class, OtPreferencesWindow, attendance_row);
  gtk_widget_class_bind_template_child (widget_class, OtPreferencesWindow, min_n_spin);
  gtk_widget_class_bind_template_child (widget_class, OtPreferencesWindow, dominance_k_spin);
  gtk_widget_class_bind_template_child (widget_class, OtPreferencesWindow, dominance_two_spin);
  gtk_widget_class_bind_template_child (widget_class, OtPreferencesWindow, p_rule_row);
  gtk_widget_class_bind_template_child (widget_class, OtPreferencesWindow, p_percent_spin);
  gtk_widget_class_bind_template_child (widget_class, OtPreferencesWindow, tolerance_spin);

  gtk_widget_class_install_action (widget_class, "preferences.open-database", NULL, open_database_action);
  gtk_widget_class_install_action (widget_class, "preferences.backup", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "preferences.choose-export-folder", NULL,
                                   choose_export_folder_action);
  gtk_widget_class_install_action (widget_class, "preferences.reset-export-folder", NULL,
                                   reset_export_folder_action);
  gtk_widget_class_install_action (widget_class, "preferences.open-database-at", "s",
                                   open_database_at_action);
  gtk_widget_class_install_action (widget_class, "preferences.backup-to", "s", backup_to_action);
}

static void
ot_preferences_window_init (OtPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

OtPreferencesWindow *
ot_preferences_window_new (GtkWindow *parent,
                           OtStore   *store,
                           GSettings *settings)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (store == NULL || OT_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (OT_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "store", store,
                       "settings", settings,
                       NULL);
}
