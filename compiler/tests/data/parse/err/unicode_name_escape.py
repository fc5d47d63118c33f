x = 1
y = "\N{DASH}"
