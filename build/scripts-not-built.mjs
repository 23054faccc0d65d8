// Built as the drop-in's scripts file by a checkout without objections/scripts.json: importing it fails, so opening
// a call script says the built-in scripts did not load, as a folder copied without their file would.
throw new Error('objections/scripts.json was not there when this widget was built');
