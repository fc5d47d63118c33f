x = R'abc'
