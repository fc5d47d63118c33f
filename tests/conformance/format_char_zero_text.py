# format(): 'c' turns an int into its character; a '0' flag pads numbers after the sign but
# text on the right.
for spec, v in (("{:c}", 48), ("{:4c}", 48), ("{:<3c}|", 65), ("{:06s}", "ab"), ("{:06}", "ab"),
                ("{:06d}", -12), ("{:>06s}", "ab"), ("{:06.1f}", -2.5), ("{:n}", 123)):
    print(spec, repr(spec.format(v)))
