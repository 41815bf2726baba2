/* vc-deck-problem.c
 *
 * One thing that is wrong with a deck, where it is, and how to fix it.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vc-deck-problem.h"

struct _VcDeckProblem
{
  GObject         parent_instance;

  VcDeckSeverity  severity;
  VcDeckError     code;
  guint           line;
  guint           column;
  char           *path;
  char           *place;
  char           *message;
  char           *hint;
};

G_DEFINE_FINAL_TYPE (VcDeckProblem, vc_deck_problem, G_TYPE_OBJECT)

static void
vc_deck_problem_finalize (GObject *object)
{
  VcDeckProblem *self = (VcDeckProblem *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->hint, g_free);

  G_OBJECT_CLASS (vc_deck_problem_parent_class)->finalize (object);
}

static void
vc_deck_problem_class_init (VcDeckProblemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vc_deck_problem_finalize;
}

static void
vc_deck_problem_init (VcDeckProblem *self)
{
}

/**
 * vc_deck_problem_new:
 * @severity: whether the deck can still be used
 * @code: what kind of problem
 * @line: line of the problem, counting from 1, or 0 when unknown
 * @column: column (in characters) counting from 1, or 0 when unknown
 * @path: (nullable): JSON path of the value, such as `$.cards[2].title`
 * @message: what is wrong, in the user's language
 * @hint: (nullable): how to fix it, in the user's language
 *
 * Returns: (transfer full): a new problem
 */
VcDeckProblem *
vc_deck_problem_new (VcDeckSeverity  severity,
                     VcDeckError     code,
                     guint           line,
                     guint           column,
                     const char     *path,
                     const char     *message,
                     const char     *hint)
{
  VcDeckProblem *self;

  g_return_val_if_fail (message != NULL, NULL);

  self = g_object_new (VC_TYPE_DECK_PROBLEM, NULL);
  self->severity = severity;
  self->code = code;
  self->line = line;
  self->column = column;
  self->path = g_strdup (path);
  self->message = g_strdup (message);
  self->hint = g_strdup (hint);

  return self;
}

VcDeckSeverity
vc_deck_problem_get_severity (VcDeckProblem *self)
{
  g_return_val_if_fail (VC_IS_DECK_PROBLEM (self), VC_DECK_SEVERITY_ERROR);
  return self->severity;
}

VcDeckError
vc_deck_problem_get_code (VcDeckProblem *self)
{
  g_return_val_if_fail (VC_IS_DECK_PROBLEM (self), VC_DECK_ERROR_INVALID);
  return self->code;
}

guint
vc_deck_problem_get_line (VcDeckProblem *self)
{
  g_return_val_if_fail (VC_IS_DECK_PROBLEM (self), 0);
  return self->line;
}

guint
vc_deck_problem_get_column (VcDeckProblem *self)
{
  g_return_val_if_fail (VC_IS_DECK_PROBLEM (self), 0);
  return self->column;
}

const char *
vc_deck_problem_get_path (VcDeckProblem *self)
{
  g_return_val_if_fail (VC_IS_DECK_PROBLEM (self), NULL);
  return self->path;
}

const char *
vc_deck_problem_get_message (VcDeckProblem *self)
{
  g_return_val_if_fail (VC_IS_DECK_PROBLEM (self), NULL);
  return self->message;
}

const char *
vc_deck_problem_get_hint (VcDeckProblem *self)
{
  g_return_val_if_fail (VC_IS_DECK_PROBLEM (self), NULL);
  return self->hint;
}

/**
 * vc_deck_problem_get_place:
 * @self: a #VcDeckProblem
 *
 * Returns: (nullable): where the problem is in words, such as "card 3, its
 *   title", in the user's language, or %NULL
 */
const char *
vc_deck_problem_get_place (VcDeckProblem *self)
{
  g_return_val_if_fail (VC_IS_DECK_PROBLEM (self), NULL);
  return self->place;
}

/**
 * vc_deck_problem_set_place:
 * @self: a #VcDeckProblem
 * @place: (nullable): where the problem is in words, starting in lower case
 */
void
vc_deck_problem_set_place (VcDeckProblem *self,
                           const char    *place)
{
  g_return_if_fail (VC_IS_DECK_PROBLEM (self));

  g_free (self->place);
  self->place = g_strdup (place);
}

static char *
capitalize (const char *text)
{
  const char *rest = g_utf8_next_char (text);
  char first[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (text)), first);
  return g_strconcat (first, rest, NULL);
}

/**
 * vc_deck_problem_get_location:
 * @self: a #VcDeckProblem
 *
 * Returns: (transfer full) (nullable): "Line 3, column 7" or "Card 3, its
 *   title", in the user's language, or %NULL when the problem concerns the
 *   whole file
 */
char *
vc_deck_problem_get_location (VcDeckProblem *self)
{
  g_return_val_if_fail (VC_IS_DECK_PROBLEM (self), NULL);

  if (self->line > 0)
    /* Translators: where a problem is in a deck file */
    return g_strdup_printf (_("Line %u, column %u"), self->line, self->column);
  if (self->place != NULL && self->place[0] != '\0')
    return capitalize (self->place);
  if (self->path != NULL)
    return g_strdup (self->path);
  return NULL;
}

static char *
format_problem (VcDeckProblem *self,
                const char    *file_name,
                gboolean       with_path)
{
  GString *str;
  const char *kind;

  /* These two words stay English so tools can match them, like a compiler's. */
  kind = self->severity == VC_DECK_SEVERITY_ERROR ? "error" : "warning";

  str = g_string_new (file_name);
  if (self->line > 0)
    g_string_append_printf (str, ":%u:%u:", self->line, self->column);
  else if (self->path != NULL && with_path && self->place != NULL)
    g_string_append_printf (str, ": %s (%s):", self->path, self->place);
  else if (self->place != NULL && !with_path)
    g_string_append_printf (str, ": %s:", self->place);
  else if (self->path != NULL)
    g_string_append_printf (str, ": %s:", self->path);
  else
    g_string_append_c (str, ':');

  g_string_append_printf (str, " %s: %s", kind, self->message);
  if (self->hint != NULL)
    g_string_append_printf (str, " %s", self->hint);

  return g_string_free (str, FALSE);
}

/**
 * vc_deck_problem_format:
 * @self: a #VcDeckProblem
 * @file_name: the name to show for the file
 *
 * Formats the problem the way compilers do, so that editors can jump to it:
 * `FILE:LINE:COL: error: message`, or `FILE: card 3, its title: warning:
 * message` with the place in words.
 *
 * Returns: (transfer full): one line of text, without a trailing newline
 */
char *
vc_deck_problem_format (VcDeckProblem *self,
                        const char    *file_name)
{
  g_return_val_if_fail (VC_IS_DECK_PROBLEM (self), NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  return format_problem (self, file_name, FALSE);
}

/**
 * vc_deck_problem_format_with_path:
 * @self: a #VcDeckProblem
 * @file_name: the name to show for the file
 *
 * Like vc_deck_problem_format(), with the JSON path before the place in
 * words: `FILE: $.cards[2].title (card 3, its title): error: message`.
 *
 * Returns: (transfer full): one line of text, without a trailing newline
 */
char *
vc_deck_problem_format_with_path (VcDeckProblem *self,
                                  const char    *file_name)
{
  g_return_val_if_fail (VC_IS_DECK_PROBLEM (self), NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  return format_problem (self, file_name, TRUE);
}

/**
 * vc_deck_problems_count:
 * @problems: a #GListModel of #VcDeckProblem
 * @severity: which problems to count
 *
 * Returns: how many problems of @severity @problems holds
 */
guint
vc_deck_problems_count (GListModel     *problems,
                        VcDeckSeverity  severity)
{
  guint n = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (problems), 0);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, i);

      if (problem->severity == severity)
        n++;
    }

  return n;
}

/**
 * vc_deck_problem_dup_pointer:
 * @self: a #VcDeckProblem
 *
 * The place of the problem as the deck document names places, such as
 * "/cards/2/title" for "$.cards[2].title", so that an editor can show
 * it beside its field.
 *
 * Returns: (transfer full): the place, "" for the whole deck
 */
char *
vc_deck_problem_dup_pointer (VcDeckProblem *self)
{
  const char *p;
  GString *pointer;

  g_return_val_if_fail (VC_IS_DECK_PROBLEM (self), NULL);

  pointer = g_string_new (NULL);
  p = vc_deck_problem_get_path (self);
  if (p == NULL || *p != '$')
    return g_string_free (pointer, FALSE);
  for (p++; *p != '\0'; p++)
    {
      if (*p == '.' || *p == '[')
        g_string_append_c (pointer, '/');
      else if (*p != ']')
        g_string_append_c (pointer, *p);
    }
  return g_string_free (pointer, FALSE);
}
