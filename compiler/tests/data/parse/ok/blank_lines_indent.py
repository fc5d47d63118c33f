

if x:

    y = 1

        # comment
    z = 2

