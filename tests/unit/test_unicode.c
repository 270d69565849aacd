/* test_unicode.c - runtime/unicode.c against CPython 3.11: a checksum of
 * each property over every code point, computed here through unicode.h and
 * by tools/gen_unicode.py with python3 (it rewrites the table between the
 * GENERATED lines), plus a few spot checks that say what went wrong. */
#include <stdio.h>
#include <string.h>
#include "unicode.h"

static const struct { const char *name; unsigned long long sum; } SUMS[] = {
/* BEGIN GENERATED */
    {"flags", 0x873c9b04ba7b3fd9ULL},
    {"decimal", 0xbf6889c6ab41b9c1ULL},
    {"digit", 0x1a6adac37c277f8dULL},
    {"lower", 0xaf4488047def3f77ULL},
    {"upper", 0x44d9edb69f255f8eULL},
    {"title", 0x9a848d1ccd697a86ULL},
    {"fold", 0x7959e4aaed4b7837ULL},
/* END GENERATED */
};

static uint64_t mix(uint64_t h, uint32_t x) { return (h ^ x) * 0x100000001B3ULL; }

static int failures;

#define CHECK(cond, ...)                                     \
    do {                                                     \
        if (!(cond)) {                                       \
            failures++;                                      \
            fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
            fprintf(stderr, __VA_ARGS__);                    \
            fputc('\n', stderr);                             \
        }                                                    \
    } while (0)

static uint64_t sum_of(const char *name)
{
    uint64_t h = 0xCBF29CE484222325ULL;
    int which = !strcmp(name, "lower") ? UNI_MAP_LOWER : !strcmp(name, "upper") ? UNI_MAP_UPPER
              : !strcmp(name, "title") ? UNI_MAP_TITLE : UNI_MAP_FOLD;
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
        if (!strcmp(name, "flags")) h = mix(h, uni_flags(cp));
        else if (!strcmp(name, "decimal")) h = mix(h, (uint32_t)uni_decimal(cp));
        else if (!strcmp(name, "digit")) h = mix(h, (uint32_t)uni_digit(cp));
        else {
            uint32_t out[3];
            int n = uni_map(cp, which, out);
            h = mix(h, (uint32_t)n);
            for (int i = 0; i < n; i++) h = mix(h, out[i]);
        }
    }
    return h;
}

int main(void)
{
    uint32_t out[3];
    CHECK(uni_upper(0xDF, out) == 2 && out[0] == 'S' && out[1] == 'S', "'ß'.upper() is 'SS'");
    CHECK(uni_lower(0x130, out) == 2 && out[0] == 'i' && out[1] == 0x307, "'İ'.lower()");
    CHECK(uni_title(0x1C6, out) == 1 && out[0] == 0x1C5, "'ǆ'.title() is 'ǅ'");
    CHECK(uni_fold(0xDF, out) == 2 && out[0] == 's', "'ß'.casefold() is 'ss'");
    CHECK(uni_has(0x661, UNI_DECIMAL) && uni_decimal(0x661) == 1, "Arabic-Indic one");
    CHECK(uni_isspace(0x3000) && uni_isspace(0x1F) && !uni_isspace(0x200B), "spaces");
    CHECK(!uni_has(0xAD, UNI_PRINTABLE) && uni_has(0xE9, UNI_PRINTABLE), "printable");
    CHECK(uni_final_sigma("A\xce\xa3", 3, 1) && !uni_final_sigma("1\xce\xa3", 3, 1) &&
          !uni_final_sigma("A\xce\xa3" "b", 4, 1) && uni_final_sigma("A'\xce\xa3", 4, 2), "final sigma");
    for (size_t i = 0; i < sizeof SUMS / sizeof *SUMS; i++) {
        uint64_t got = sum_of(SUMS[i].name);
        CHECK(got == SUMS[i].sum, "%s: checksum %016llx, CPython's %016llx", SUMS[i].name,
              (unsigned long long)got, SUMS[i].sum);
    }
    CHECK(sizeof SUMS / sizeof *SUMS == 7, "the generated checksums are missing");
    if (failures) return 1;
    printf("test_unicode: ok\n");
    return 0;
}
