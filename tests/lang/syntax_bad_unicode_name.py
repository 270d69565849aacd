# Invalid escape characters are warnings in 3.11, but a bad \\N name is an error.
s = "\N{NO SUCH CHARACTER NAME}"
