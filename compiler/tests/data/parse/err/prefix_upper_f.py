x = F'abc'
