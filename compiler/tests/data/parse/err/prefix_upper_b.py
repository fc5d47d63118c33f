x = B'abc'
