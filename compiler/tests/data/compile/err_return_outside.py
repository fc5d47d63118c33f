x = 1
return 5
