x = U'abc'
