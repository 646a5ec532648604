/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-export-file.c: writing an export safely: a temporary file in the target folder, renamed into place. */
#define G_LOG_DOMAIN "ot-export"
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ot-error.h"
#include "ot-export-file.h"
#include "ot-export-file-private.h"

struct _OtExportFile
{
  char    *path;
  char    *temp_path;
  int      fd;
  gboolean force;
};

static gboolean
fail_io (GError    **error,
         const char *path,
         int         saved_errno)
{
  g_autofree char *display = g_filename_display_name (path);

  if (saved_errno == ENOSPC || saved_errno == EDQUOT)
    g_set_error (error, OT_ERROR, OT_ERROR_IO,
                 _("Could not write “%s”: the disk is full."), display);
  else
    g_set_error (error, OT_ERROR, OT_ERROR_IO,
                 _("Could not write “%s”: %s."), display, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
fail_exists (GError    **error,
             const char *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, OT_ERROR, OT_ERROR_EXISTS,
               _("The file “%s” already exists. Choose another name or allow overwriting."), display);
  return FALSE;
}

static void
ot_export_file_free (OtExportFile *self)
{
  if (self->fd >= 0)
    close (self->fd);
  g_free (self->path);
  g_free (self->temp_path);
  g_free (self);
}

OtExportFile *
ot_export_file_begin (const char  *path,
                      gboolean     force,
                      GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *template = NULL;
  OtExportFile *self;
  GStatBuf st;
  int fd;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);

  if (g_stat (path, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          fail_io (error, path, EISDIR);
          return NULL;
        }
      if (!force)
        {
          fail_exists (error, path);
          return NULL;
        }
    }

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  /* A hidden name in the same folder, so the final rename stays on one file system. */
  template = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      fail_io (error, path, errno);
      return NULL;
    }

  self = ot_export_file_new_for_fd (path, template, fd, force);
  return self;
}

OtExportFile *
ot_export_file_new_for_fd (const char *path,
                           const char *temp_path,
                           int         fd,
                           gboolean    force)
{
  OtExportFile *self = g_new0 (OtExportFile, 1);

  self->path = g_strdup (path);
  self->temp_path = g_strdup (temp_path);
  self->fd = fd;
  self->force = force;
  return self;
}

const char *
ot_export_file_get_temp_path (OtExportFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->temp_path;
}

gboolean
ot_export_file_write (OtExportFile  *self,
                      const void    *data,
                      gsize          len,
                      GError       **error)
{
  const guint8 *p = data;

  g_return_val_if_fail (self != NULL && self->fd >= 0, FALSE);

  while (len > 0)
    {
      gssize n = write (self->fd, p, len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return fail_io (error, self->path, errno);
      if (n == 0)
        return fail_io (error, self->path, ENOSPC);
      p += n;
      len -= (gsize) n;
    }
  return TRUE;
}

/* Without force, link() refuses an existing target atomically; rename() would replace it. */
static gboolean
move_into_place (OtExportFile  *self,
                 GError       **error)
{
  if (self->force)
    {
      if (g_rename (self->temp_path, self->path) != 0)
        return fail_io (error, self->path, errno);
      return TRUE;
    }

  if (link (self->temp_path, self->path) == 0)
    {
      g_unlink (self->temp_path);
      return TRUE;
    }
  if (errno == EEXIST)
    return fail_exists (error, self->path);
  if (errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP && errno != EXDEV)
    return fail_io (error, self->path, errno);

  /* File systems without hard links (FAT on a USB stick): check, then rename. */
  if (g_file_test (self->path, G_FILE_TEST_EXISTS))
    return fail_exists (error, self->path);
  if (g_rename (self->temp_path, self->path) != 0)
    return fail_io (error, self->path, errno);
  return TRUE;
}

gboolean
ot_export_file_commit (OtExportFile  *self,
                       GError       **error)
{
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);

  ok = fsync (self->fd) == 0 || errno == EINVAL;
  if (!ok)
    fail_io (error, self->path, errno);
  if (close (self->fd) != 0 && ok)
    ok = fail_io (error, self->path, errno);
  self->fd = -1;
  if (ok)
    ok = move_into_place (self, error);
  if (!ok)
    g_unlink (self->temp_path);
  ot_export_file_free (self);
  return ok;
}

void
ot_export_file_abort (OtExportFile *self)
{
  if (self == NULL)
    return;
  if (self->fd >= 0)
    {
      close (self->fd);
      self->fd = -1;
    }
  g_unlink (self->temp_path);
  ot_export_file_free (self);
}

gboolean
ot_export_write_bytes (const char  *path,
                       GBytes      *bytes,
                       gboolean     force,
                       GError     **error)
{
  g_autoptr(OtExportFile) file = NULL;
  gsize len;
  const void *data;

  g_return_val_if_fail (bytes != NULL, FALSE);

  file = ot_export_file_begin (path, force, error);
  if (file == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &len);
  if (!ot_export_file_write (file, data, len, error))
    return FALSE;
  return ot_export_file_commit (g_steal_pointer (&file), error);
}
