f = lambda a, /: a
