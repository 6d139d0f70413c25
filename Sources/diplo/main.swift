// placeholder until the CLI lands
print("diplo")
