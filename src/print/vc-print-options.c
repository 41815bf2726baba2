/* vc-print-options.c
 *
 * The names, labels and paper sizes behind the choices of the print dialog
 * and of `value-cards-deck print`.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vc-print.h"

void
vc_print_options_init_default (VcPrintOptions *options)
{
  g_return_if_fail (options != NULL);

  options->size = VC_PRINT_SIZE_POKER;
  options->paper = VC_PRINT_PAPER_A4;
  options->backs = VC_PRINT_BACKS_NONE;
  options->large_print = FALSE;
}

static const char * const size_names[] = { "poker", "a6", "a5" };
static const char * const paper_names[] = { "a4", "letter" };
static const char * const backs_names[] = { "none", "long-edge", "short-edge", "fold" };

static gboolean
find_name (const char         *text,
           const char * const *names,
           guint               n_names,
           int                *found)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    if (g_ascii_strcasecmp (text, names[i]) == 0)
      {
        *found = i;
        return TRUE;
      }

  return FALSE;
}

gboolean
vc_print_size_from_string (const char  *text,
                           VcPrintSize *size)
{
  int found;

  if (!find_name (text, size_names, G_N_ELEMENTS (size_names), &found))
    return FALSE;
  *size = found;
  return TRUE;
}

gboolean
vc_print_paper_from_string (const char   *text,
                            VcPrintPaper *paper)
{
  int found;

  if (!find_name (text, paper_names, G_N_ELEMENTS (paper_names), &found))
    return FALSE;
  *paper = found;
  return TRUE;
}

gboolean
vc_print_backs_from_string (const char   *text,
                            VcPrintBacks *backs)
{
  int found;

  if (!find_name (text, backs_names, G_N_ELEMENTS (backs_names), &found))
    return FALSE;
  *backs = found;
  return TRUE;
}

const char *
vc_print_size_to_string (VcPrintSize size)
{
  g_return_val_if_fail (size < G_N_ELEMENTS (size_names), NULL);
  return size_names[size];
}

const char *
vc_print_paper_to_string (VcPrintPaper paper)
{
  g_return_val_if_fail (paper < G_N_ELEMENTS (paper_names), NULL);
  return paper_names[paper];
}

const char *
vc_print_backs_to_string (VcPrintBacks backs)
{
  g_return_val_if_fail (backs < G_N_ELEMENTS (backs_names), NULL);
  return backs_names[backs];
}

const char *
vc_print_size_to_label (VcPrintSize size)
{
  switch (size)
    {
    case VC_PRINT_SIZE_POKER:
      return _("Playing card, 63 × 88 mm, nine to a sheet");
    case VC_PRINT_SIZE_A6:
      return _("A6, four to a sheet");
    case VC_PRINT_SIZE_A5:
      return _("A5, two to a sheet, for pictures a whole table sees");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
vc_print_paper_to_label (VcPrintPaper paper)
{
  switch (paper)
    {
    case VC_PRINT_PAPER_A4:
      return _("A4");
    case VC_PRINT_PAPER_LETTER:
      return _("US Letter");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
vc_print_backs_to_label (VcPrintBacks backs)
{
  switch (backs)
    {
    case VC_PRINT_BACKS_NONE:
      return _("No backs");
    case VC_PRINT_BACKS_LONG_EDGE:
      return _("Two-sided, flip on long edge");
    case VC_PRINT_BACKS_SHORT_EDGE:
      return _("Two-sided, flip on short edge");
    case VC_PRINT_BACKS_FOLD:
      return _("Back next to the front, to fold and glue");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Portrait, in millimetres. */
void
vc_print_paper_get_size_mm (VcPrintPaper  paper,
                            double       *width,
                            double       *height)
{
  if (paper == VC_PRINT_PAPER_LETTER)
    {
      *width = 215.9;
      *height = 279.4;
    }
  else
    {
      *width = 210.0;
      *height = 297.0;
    }
}

/* The name GtkPaperSize knows the paper by. */
const char *
vc_print_paper_to_gtk_name (VcPrintPaper paper)
{
  return paper == VC_PRINT_PAPER_LETTER ? "na_letter" : "iso_a4";
}
