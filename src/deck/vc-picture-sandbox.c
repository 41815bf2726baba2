/* vc-picture-sandbox.c
 *
 * Draws a picture from an untrusted deck in the picture helper, a process of
 * its own that limits its memory and processor time, and gets the pixels
 * back. Whatever the helper does, crash, hang or answer nonsense, becomes an
 * error on that picture here: it is killed after a few seconds, and nothing
 * larger than the box asked for is read from it.
 *
 * The helper gets its standard input and output on one socket, so that a
 * helper that dies while the picture is sent does not send this process a
 * SIGPIPE. It inherits no other file and only a minimal environment.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>

#include "vc-deck-error.h"
#include "vc-picture-protocol.h"
#include "vc-picture-sandbox.h"

/**
 * vc_picture_sandbox_dup_helper_path:
 *
 * Where the helper is: $VALUE_CARDS_PICTURE_HELPER when running from the
 * build tree, otherwise where it is installed.
 *
 * Returns: (transfer full): the helper's path
 */
char *
vc_picture_sandbox_dup_helper_path (void)
{
  const char *path = g_getenv ("VALUE_CARDS_PICTURE_HELPER");

  if (path != NULL && path[0] != '\0')
    return g_strdup (path);
  return g_build_filename (LIBEXECDIR, "value-cards-picture-helper", NULL);
}

typedef struct
{
  const guint8 *out;
  gsize         out_length;
  gsize         out_done;
  guint8       *in;
  gsize         in_length;
  gsize         in_done;
} Exchange;

/* Sends what is left of the request and reads what is left to read into
 * exchange->in, until both are done, the helper closes, or time is up.
 * Returns 0 when done, 1 at end of file, -1 on time-out or cancel. */
static int
exchange_until (int           fd,
                Exchange     *x,
                gint64        deadline,
                GCancellable *cancellable)
{
  GPollFD cancel_fd = { -1, 0, 0 };
  gboolean has_cancel = cancellable != NULL && g_cancellable_make_pollfd (cancellable, &cancel_fd);
  int result = -1;

  while (x->in_done < x->in_length)
    {
      struct pollfd fds[2] = { { fd, POLLIN, 0 }, { cancel_fd.fd, POLLIN, 0 } };
      gint64 left = (deadline - g_get_monotonic_time ()) / 1000;
      int n;

      if (x->out_done < x->out_length)
        fds[0].events |= POLLOUT;
      if (left <= 0 || g_cancellable_is_cancelled (cancellable))
        break;

      n = poll (fds, has_cancel ? 2 : 1, (int)MIN (left, G_MAXINT));
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        break;

      if (fds[0].revents & POLLOUT)
        {
          gssize sent = send (fd, x->out + x->out_done, x->out_length - x->out_done,
                              MSG_NOSIGNAL | MSG_DONTWAIT);

          if (sent > 0)
            x->out_done += sent;
          else if (sent < 0 && errno != EAGAIN && errno != EINTR)
            x->out_done = x->out_length;  /* the helper stopped listening; read its answer */
        }

      if (fds[0].revents & (POLLIN | POLLHUP | POLLERR))
        {
          gssize got = recv (fd, x->in + x->in_done, x->in_length - x->in_done, MSG_DONTWAIT);

          if (got > 0)
            x->in_done += got;
          else if (got == 0 || (errno != EAGAIN && errno != EINTR))
            {
              result = 1;
              break;
            }
        }
    }

  if (x->in_done == x->in_length)
    result = 0;
  if (has_cancel)
    g_cancellable_release_fd (cancellable);
  return result;
}

static gboolean
spawn_helper (int      *fd,
              GPid     *pid,
              GError  **error)
{
  g_autofree char *helper = vc_picture_sandbox_dup_helper_path ();
  const char *argv[] = { helper, NULL };
  const char *envp[] = { "LC_ALL=C.UTF-8", NULL };
  g_autoptr(GError) local_error = NULL;
  int sv[2];

  if (socketpair (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0)
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_INVALID,
                   _("The picture cannot be shown: %s"), g_strerror (errno));
      return FALSE;
    }

  if (!g_spawn_async_with_pipes_and_fds (NULL, argv, envp,
                                         G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDERR_TO_DEV_NULL,
                                         NULL, NULL,
                                         sv[1], sv[1], -1,
                                         NULL, NULL, 0,
                                         pid, NULL, NULL, NULL,
                                         &local_error))
    {
      close (sv[0]);
      close (sv[1]);
      /* Translators: %s is the path of a program that was not found or cannot run */
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_INVALID,
                   _("Pictures from decks you add cannot be shown, because a part of Value Cards is missing (%s). Install Value Cards again."),
                   helper);
      return FALSE;
    }

  close (sv[1]);
  *fd = sv[0];
  return TRUE;
}

static void
set_error_from_status (GError          **error,
                       VcPictureStatus   status)
{
  switch (status)
    {
    case VC_PICTURE_STATUS_TOO_COMPLEX:
      g_set_error_literal (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_TOO_COMPLEX,
                           _("The picture needs too much memory to draw. Make it simpler or smaller, or save it as PNG or JPEG."));
      break;

    case VC_PICTURE_STATUS_FORMAT:
      g_set_error_literal (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_INVALID,
                           _("The file is not an SVG, PNG or JPEG picture."));
      break;

    case VC_PICTURE_STATUS_OK:
    case VC_PICTURE_STATUS_INVALID:
    default:
      g_set_error_literal (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_INVALID,
                           _("The picture cannot be read. Open it in a drawing program and save it again as SVG, PNG or JPEG."));
      break;
    }
}

static void
set_error_too_slow (GError **error)
{
  g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_TOO_COMPLEX,
               _("The picture takes too long to draw (more than %d seconds). Make it simpler, for example with fewer filters and effects, or save it as PNG or JPEG."),
               VC_PICTURE_SANDBOX_TIMEOUT_MS / 1000);
}

/**
 * vc_picture_sandbox_render:
 * @picture: the contents of an SVG, PNG or JPEG file
 * @box_width: width of the box to fit the picture into, in device pixels
 * @box_height: height of that box
 * @want_pixels: whether to get the pixels back, or only check that it draws
 * @timeout_ms: how long the helper may take, at most
 *   %VC_PICTURE_SANDBOX_TIMEOUT_MS
 * @cancellable: (nullable): to stop waiting
 * @natural_width: (out) (optional): the picture's natural width
 * @natural_height: (out) (optional): its natural height
 * @surface: (out) (optional) (transfer full): the picture drawn to fit the box
 * @error: return location for a %VC_DECK_ERROR_IMAGE_INVALID,
 *   %VC_DECK_ERROR_IMAGE_TOO_COMPLEX or %VC_DECK_ERROR_IMAGE_FORMAT error,
 *   or %G_IO_ERROR_CANCELLED
 *
 * Draws @picture in the helper, scaled to fit the box, keeping its shape.
 * Blocks for at most @timeout_ms: call it from a thread.
 *
 * Returns: whether the picture was drawn
 */
gboolean
vc_picture_sandbox_render (GBytes            *picture,
                           int                box_width,
                           int                box_height,
                           gboolean           want_pixels,
                           int                timeout_ms,
                           GCancellable      *cancellable,
                           double            *natural_width,
                           double            *natural_height,
                           cairo_surface_t  **surface,
                           GError           **error)
{
  VcPictureRequest request = { VC_PICTURE_REQUEST_MAGIC, 0, 0, 0, 0 };
  VcPictureReply reply = { 0, };
  g_autoptr(GByteArray) message = g_byte_array_new ();
  cairo_surface_t *result = NULL;
  Exchange x = { 0, };
  gint64 deadline;
  gsize size;
  const guint8 *data = g_bytes_get_data (picture, &size);
  GPid pid;
  int fd, done, status = 0;
  gboolean timed_out = FALSE;

  g_return_val_if_fail (picture != NULL, FALSE);
  g_return_val_if_fail (box_width > 0 && box_height > 0, FALSE);

  if (size == 0 || size > G_MAXUINT32)
    {
      set_error_from_status (error, VC_PICTURE_STATUS_INVALID);
      return FALSE;
    }

  /* Larger boxes are drawn smaller: the shape is what matters. */
  while (box_width > VC_PICTURE_MAX_BOX_SIDE || box_height > VC_PICTURE_MAX_BOX_SIDE ||
         (gint64)box_width * box_height > VC_PICTURE_MAX_BOX_PIXELS)
    {
      box_width = MAX (1, box_width / 2);
      box_height = MAX (1, box_height / 2);
    }

  request.box_width = box_width;
  request.box_height = box_height;
  request.flags = want_pixels ? VC_PICTURE_REQUEST_PIXELS : 0;
  request.length = size;
  g_byte_array_append (message, (const guint8 *)&request, sizeof request);
  g_byte_array_append (message, data, size);

  if (!spawn_helper (&fd, &pid, error))
    return FALSE;

  timeout_ms = CLAMP (timeout_ms, 1, VC_PICTURE_SANDBOX_TIMEOUT_MS);
  deadline = g_get_monotonic_time () + timeout_ms * G_TIME_SPAN_MILLISECOND;
  x.out = message->data;
  x.out_length = message->len;
  x.in = (guint8 *)&reply;
  x.in_length = sizeof reply;
  done = exchange_until (fd, &x, deadline, cancellable);

  if (done == 0 && reply.magic == VC_PICTURE_REPLY_MAGIC && reply.status == VC_PICTURE_STATUS_OK)
    {
      /* Never more pixels than the box holds. */
      if (reply.width == 0 || reply.width > (guint32)box_width ||
          reply.height == 0 || reply.height > (guint32)box_height ||
          reply.natural_width == 0 || reply.natural_height == 0)
        done = 1;
      else if (want_pixels)
        {
          result = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, reply.width, reply.height);
          if (cairo_surface_status (result) != CAIRO_STATUS_SUCCESS)
            done = 1;
          else
            {
              int stride = cairo_image_surface_get_stride (result);
              g_autofree guint8 *pixels = g_malloc ((gsize)reply.width * reply.height * 4);
              guint8 *dest = cairo_image_surface_get_data (result);

              x.in = pixels;
              x.in_length = (gsize)reply.width * reply.height * 4;
              x.in_done = 0;
              done = exchange_until (fd, &x, deadline, cancellable);
              if (done == 0)
                {
                  for (guint32 y = 0; y < reply.height; y++)
                    memcpy (dest + (gsize)y * stride, pixels + (gsize)y * reply.width * 4,
                            (gsize)reply.width * 4);
                  cairo_surface_mark_dirty (result);
                }
            }
        }
    }

  timed_out = done < 0;
  close (fd);
  /* Everything needed has been read; a helper still running is stuck. */
  kill (pid, SIGKILL);
  while (waitpid (pid, &status, 0) < 0 && errno == EINTR)
    ;
  g_spawn_close_pid (pid);

  if (done == 0 && reply.magic == VC_PICTURE_REPLY_MAGIC && reply.status == VC_PICTURE_STATUS_OK)
    {
      if (natural_width)
        *natural_width = reply.natural_width / 100.0;
      if (natural_height)
        *natural_height = reply.natural_height / 100.0;
      if (surface)
        *surface = g_steal_pointer (&result);
      g_clear_pointer (&result, cairo_surface_destroy);
      return TRUE;
    }

  g_clear_pointer (&result, cairo_surface_destroy);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (timed_out || (WIFSIGNALED (status) && WTERMSIG (status) == SIGXCPU && done != 0))
    set_error_too_slow (error);
  else if (done == 0 && reply.magic == VC_PICTURE_REPLY_MAGIC)
    set_error_from_status (error, reply.status);
  else
    set_error_from_status (error, VC_PICTURE_STATUS_INVALID);

  return FALSE;
}
