/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cli-consultation.c: "consultation create|invite|decline|show", setting up a market consultation for rekentools. */
#define G_LOG_DOMAIN "ot-cli"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-cli.h"
#include "ot-cli-command-list.h"
#include "ot-cli-json.h"
#include "ot-error.h"
#include "ot-store-consultations.h"

#define CREATE_SUMMARY  N_("Creates a consultation and prints its number.")
#define INVITE_SUMMARY  N_("Invites providers; an unknown name is added as a provider.")
#define DECLINE_SUMMARY N_("Records that invited providers declined to take part.")
#define SHOW_SUMMARY    N_("Shows a consultation: its products, its deadline and how far each invited provider got.")

/* An impossible --min, so that an explicit "--min 0" is refused rather than taken as "the default". */
#define MIN_NOT_GIVEN G_MININT

typedef struct
{
  const char      *name;
  const char      *summary;   /* translatable; also the summary of the command's own --help */
  OtCliCommandFunc run;
} SubCommand;

static const char *
state_label (OtInvitationState state)
{
  switch (state)
    {
    case OT_INVITATION_DECLINED:
      return _("declined");
    case OT_INVITATION_SUBMITTED:
      return _("submitted");
    case OT_INVITATION_LATE:
      return _("submitted late");
    case OT_INVITATION_INVITED:
    default:
      return _("invited, nothing received yet");
    }
}

/* "ho,hoplus" or "ho=HO,hoplus=HO+": codes with optional display names. */
static gboolean
split_products (const char   *text,
                GStrv        *codes,
                GStrv        *names)
{
  g_auto(GStrv) parts = g_strsplit (text != NULL ? text : "", ",", -1);
  g_autoptr(GStrvBuilder) code_builder = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) name_builder = g_strv_builder_new ();
  guint n = 0;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (parts[i], "=", 2);
      g_autofree char *code = g_strstrip (g_strdup (pair[0] != NULL ? pair[0] : ""));

      if (*code == '\0')
        continue;
      g_strv_builder_add (code_builder, code);
      g_strv_builder_add (name_builder, pair[0] != NULL && pair[1] != NULL ? g_strstrip (pair[1]) : code);
      n++;
    }
  *codes = g_strv_builder_end (code_builder);
  *names = g_strv_builder_end (name_builder);
  return n > 0;
}

static int
run_create (OtCli  *cli,
            int     argc,
            char  **argv)
{
  g_autofree char *title = NULL;
  g_autofree char *products = NULL;
  g_autofree char *deadline = NULL;
  int min = MIN_NOT_GIVEN;
  gint64 series = 0, meeting = 0;
  const GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Title of the consultation"), N_("TITLE") },
    { "products", 0, 0, G_OPTION_ARG_STRING, &products, N_("Product codes, comma-separated; code=Name gives a name"), N_("CODES") },
    { "min", 0, 0, G_OPTION_ARG_INT, &min, N_("Minimum number of submissions (default 5, at least 3)"), N_("N") },
    { "deadline", 0, 0, G_OPTION_ARG_STRING, &deadline, N_("Deadline for the rekentools"), N_("YYYY-MM-DD") },
    { "series", 0, 0, G_OPTION_ARG_INT64, &series, N_("The series it belongs to"), N_("ID") },
    { "meeting", 0, 0, G_OPTION_ARG_INT64, &meeting, N_("The meeting it belongs to"), N_("ID") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_auto(GStrv) codes = NULL;
  g_auto(GStrv) names = NULL;
  g_autoptr(GError) error = NULL;
  OtConsultationSpec spec = { 0 };
  OtStore *store;
  gint64 id;

  g_option_context_set_summary (context, _(CREATE_SUMMARY));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  argv[0] = (char *) "overlegtafel-cli consultation create";
  if (!ot_cli_parse (context, &argc, &argv))
    return 2;
  if (title == NULL || !split_products (products, &codes, &names))
    return ot_cli_fail (_("Give at least --title and --products.")) + 1;
  /* The store would refuse it too (exit 1); a bad option value is a usage error, like a bad id. */
  if (min != MIN_NOT_GIVEN && min < OT_CONSULTATION_MIN_SUBMISSIONS_FLOOR)
    {
      g_autofree char *message = g_strdup_printf (_("The minimum number of submissions must be at least %d."),
                                                  OT_CONSULTATION_MIN_SUBMISSIONS_FLOOR);
      return ot_cli_fail (message) + 1;
    }
  if ((store = ot_cli_get_store (cli)) == NULL)
    return 1;
  spec.title = title;
  spec.series_id = series;
  spec.meeting_id = meeting;
  spec.deadline = deadline;
  spec.min_submissions = min != MIN_NOT_GIVEN ? (guint) min : 0;
  spec.product_codes = (const char * const *) codes;
  spec.product_names = (const char * const *) names;
  id = ot_store_add_consultation (store, &spec, &error);
  if (id == 0)
    return ot_cli_fail_error (error);
  g_print ("%" G_GINT64_FORMAT "\n", id);
  return 0;
}

static int
run_invite (OtCli  *cli,
            int     argc,
            char  **argv)
{
  gint64 consultation_id = 0;
  const GOptionEntry entries[] = {
    { "consultation", 0, 0, G_OPTION_ARG_INT64, &consultation_id, N_("The consultation"), N_("ID") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("ORGANISATION…"));
  g_autoptr(OtConsultation) consultation = NULL;
  g_autoptr(GError) error = NULL;
  OtStore *store;

  g_option_context_set_summary (context, _(INVITE_SUMMARY));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  argv[0] = (char *) "overlegtafel-cli consultation invite";
  if (!ot_cli_parse (context, &argc, &argv))
    return 2;
  if (consultation_id <= 0 || argc < 2)
    return ot_cli_fail (_("Give --consultation ID and at least one organisation.")) + 1;
  if ((store = ot_cli_get_store (cli)) == NULL)
    return 1;
  consultation = ot_store_get_consultation (store, consultation_id, &error);
  if (consultation == NULL)
    return ot_cli_fail_error (error);
  if (!ot_store_begin (store, &error))
    return ot_cli_fail_error (error);
  for (int i = 1; i < argc; i++)
    if (ot_store_invite_by_name (store, consultation_id, argv[i], &error) == 0)
      {
        ot_store_rollback (store);
        return ot_cli_fail_error (error);
      }
  if (!ot_store_commit (store, &error))
    return ot_cli_fail_error (error);
  return 0;
}

static gboolean
is_invited (GListModel *invitations,
            gint64      organisation_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (invitations); i++)
    {
      g_autoptr(OtInvitation) inv = g_list_model_get_item (invitations, i);

      if (ot_invitation_get_organisation_id (inv) == organisation_id)
        return TRUE;
    }
  return FALSE;
}

static int
run_decline (OtCli  *cli,
             int     argc,
             char  **argv)
{
  gint64 consultation_id = 0;
  const GOptionEntry entries[] = {
    { "consultation", 0, 0, G_OPTION_ARG_INT64, &consultation_id, N_("The consultation"), N_("ID") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("ORGANISATION…"));
  g_autoptr(OtConsultation) consultation = NULL;
  g_autoptr(GListModel) invitations = NULL;
  g_autoptr(GError) error = NULL;
  OtStore *store;

  g_option_context_set_summary (context, _(DECLINE_SUMMARY));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  argv[0] = (char *) "overlegtafel-cli consultation decline";
  if (!ot_cli_parse (context, &argc, &argv))
    return 2;
  if (consultation_id <= 0 || argc < 2)
    return ot_cli_fail (_("Give --consultation ID and at least one organisation.")) + 1;
  if ((store = ot_cli_get_store (cli)) == NULL)
    return 1;
  consultation = ot_store_get_consultation (store, consultation_id, &error);
  if (consultation == NULL)
    return ot_cli_fail_error (error);
  invitations = ot_store_list_invitations (store, consultation_id, &error);
  if (invitations == NULL)
    return ot_cli_fail_error (error);
  if (!ot_store_begin (store, &error))
    return ot_cli_fail_error (error);
  for (int i = 1; i < argc; i++)
    {
      gint64 org = ot_store_find_organisation (store, argv[i]);

      if (org == 0)
        g_set_error (&error, OT_ERROR, OT_ERROR_NOT_FOUND, _("There is no organisation “%s”."), argv[i]);
      else if (!is_invited (invitations, org))
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, consultation_id);

          /* The store would only say that the invitation to change does not exist. */
          g_set_error (&error, OT_ERROR, OT_ERROR_NOT_FOUND,
                       _("“%s” is not invited to consultation %s (“%s”); invite it first with “overlegtafel-cli consultation invite”."),
                       argv[i], number, ot_consultation_get_title (consultation));
          org = 0;
        }
      if (org == 0 || !ot_store_set_invitation_state (store, consultation_id, org, OT_INVITATION_DECLINED, &error))
        {
          ot_store_rollback (store);
          return ot_cli_fail_error (error);
        }
    }
  if (!ot_store_commit (store, &error))
    return ot_cli_fail_error (error);
  return 0;
}

static JsonNode *
consultation_json (OtConsultation *consultation,
                   GListModel     *invitations,
                   const char     *today)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  OtInvitationCounts counts;
  int days;

  ot_invitation_count (invitations, &counts);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_int_value (b, ot_consultation_get_id (consultation));
  json_builder_set_member_name (b, "title");
  json_builder_add_string_value (b, ot_consultation_get_title (consultation));
  json_builder_set_member_name (b, "deadline");
  if (ot_consultation_get_deadline (consultation) != NULL)
    json_builder_add_string_value (b, ot_consultation_get_deadline (consultation));
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "days_to_deadline");
  if (ot_consultation_days_to_deadline (consultation, today, &days))
    json_builder_add_int_value (b, days);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "min_submissions");
  json_builder_add_int_value (b, ot_consultation_get_min_submissions (consultation));
  json_builder_set_member_name (b, "template_version");
  json_builder_add_int_value (b, ot_consultation_get_template_version (consultation));
  json_builder_set_member_name (b, "products");
  json_builder_begin_array (b);
  for (guint i = 0; i < ot_consultation_get_n_products (consultation); i++)
    {
      const OtConsultationProduct *p = ot_consultation_get_product (consultation, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "code");
      json_builder_add_string_value (b, p->code);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, p->name);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "invitations");
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (invitations); i++)
    {
      g_autoptr(OtInvitation) inv = g_list_model_get_item (invitations, i);
      OtInvitationState state = ot_invitation_get_state (inv);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "organisation_id");
      json_builder_add_int_value (b, ot_invitation_get_organisation_id (inv));
      json_builder_set_member_name (b, "organisation");
      json_builder_add_string_value (b, ot_invitation_get_organisation_name (inv));
      json_builder_set_member_name (b, "state");
      json_builder_add_string_value (b, ot_invitation_state_to_string (state));
      json_builder_set_member_name (b, "submitted_at");
      if (ot_invitation_get_submitted_at (inv) != NULL)
        json_builder_add_string_value (b, ot_invitation_get_submitted_at (inv));
      else
        json_builder_add_null_value (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "submitted");
  json_builder_add_int_value (b, counts.submitted);
  json_builder_set_member_name (b, "declined");
  json_builder_add_int_value (b, counts.declined);
  json_builder_set_member_name (b, "expected");
  json_builder_add_int_value (b, counts.expected);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static void
print_consultation (OtConsultation *consultation,
                    GListModel     *invitations,
                    const char     *today)
{
  g_autofree char *progress = ot_invitation_describe_progress (invitations, ot_consultation_get_min_submissions (consultation));
  guint n = g_list_model_get_n_items (invitations);
  int days;

  g_print ("%" G_GINT64_FORMAT "  %s\n", ot_consultation_get_id (consultation), ot_consultation_get_title (consultation));
  g_print ("    %s", _("Products:"));
  for (guint i = 0; i < ot_consultation_get_n_products (consultation); i++)
    g_print (" %s (%s)", ot_consultation_get_product (consultation, i)->name,
             ot_consultation_get_product (consultation, i)->code);
  g_print ("\n    ");
  if (ot_consultation_days_to_deadline (consultation, today, &days))
    {
      if (days >= 0)
        g_print (g_dngettext (GETTEXT_PACKAGE, "Deadline %s, %d day to go", "Deadline %s, %d days to go", days),
                 ot_consultation_get_deadline (consultation), days);
      else
        g_print (g_dngettext (GETTEXT_PACKAGE, "Deadline %s, passed %d day ago", "Deadline %s, passed %d days ago", -days),
                 ot_consultation_get_deadline (consultation), -days);
    }
  else
    g_print ("%s", _("No deadline"));
  g_print ("\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OtInvitation) inv = g_list_model_get_item (invitations, i);
      OtInvitationState state = ot_invitation_get_state (inv);

      g_print ("    %-40s %s\n", ot_invitation_get_organisation_name (inv), state_label (state));
    }
  g_print ("    %s\n", progress);
}

static int
run_show (OtCli  *cli,
          int     argc,
          char  **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of text"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("ID"));
  g_autoptr(OtConsultation) consultation = NULL;
  g_autoptr(GListModel) invitations = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = ot_cli_today ();
  OtStore *store;
  gint64 id;

  g_option_context_set_summary (context, _(SHOW_SUMMARY));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  argv[0] = (char *) "overlegtafel-cli consultation show";
  if (!ot_cli_parse (context, &argc, &argv))
    return 2;
  if (argc != 2)
    return ot_cli_fail (_("Use “overlegtafel-cli consultation show ID”.")) + 1;
  /* A bad id is a usage error with one line naming it, as for "meeting show". */
  if (!ot_cli_parse_id (argv[1], &id))
    return 2;
  if ((store = ot_cli_get_store (cli)) == NULL)
    return 1;
  consultation = ot_store_get_consultation (store, id, &error);
  if (consultation == NULL)
    return ot_cli_fail_error (error);
  invitations = ot_store_list_invitations (store, id, &error);
  if (invitations == NULL)
    return ot_cli_fail_error (error);
  if (json)
    {
      g_autoptr(JsonNode) node = consultation_json (consultation, invitations, today);
      ot_cli_print_json (node);
    }
  else
    print_consultation (consultation, invitations, today);
  return 0;
}

static const SubCommand sub_commands[] = {
  { "create", CREATE_SUMMARY, run_create },
  { "invite", INVITE_SUMMARY, run_invite },
  { "decline", DECLINE_SUMMARY, run_decline },
  { "show", SHOW_SUMMARY, run_show },
};

static void
print_help (void)
{
  g_print ("%s\n\n", _("Usage: overlegtafel-cli consultation COMMAND [OPTIONS…]"));
  g_print ("%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (sub_commands); i++)
    g_print ("  %-10s %s\n", sub_commands[i].name, _(sub_commands[i].summary));
  g_print ("\n%s\n", _("Run “overlegtafel-cli consultation COMMAND --help” for the options of a command."));
}

int
ot_cli_consultation (OtCli  *cli,
                     int     argc,
                     char  **argv)
{
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "-?")))
    {
      print_help ();
      return 0;
    }
  for (guint i = 0; argc >= 2 && i < G_N_ELEMENTS (sub_commands); i++)
    if (g_str_equal (argv[1], sub_commands[i].name))
      return sub_commands[i].run (cli, argc - 1, argv + 1);
  return ot_cli_fail (_("Use “overlegtafel-cli consultation create|invite|decline|show”; add --help for the options.")) + 1;
}
